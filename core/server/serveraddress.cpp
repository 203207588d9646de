#include "serveraddress.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace seqohs {

namespace {

// The libpq options a URL may carry besides host and port; anything else is refused rather than
// dropped, so that a mistyped sslmode never silently connects without TLS.
const QStringList passedOptions{
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
};

} // namespace

Expected<ServerAddress> ServerAddress::parse(const QString &url)
{
    // libpq takes a socket folder percent-encoded as the host (postgresql://u@%2Fsocket/db),
    // which QUrl refuses as a host name: it is taken out before QUrl reads the rest.
    static const QRegularExpression socketHost(
        QStringLiteral("^(postgres(?:ql)?://(?:[^@/?#]*@)?)(%2[fF][^:/?#]*)"));
    QString rest = url;
    QString socketFolder;
    if (const QRegularExpressionMatch m = socketHost.match(url); m.hasMatch()) {
        socketFolder = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        rest = m.captured(1) + url.mid(m.capturedEnd(2));
    }
    const QUrl parsed(rest, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        return Error{tr("'%1' is not a server address.").arg(url), QString(), QString(),
                     tr("Give it as postgresql://USER@HOST:PORT/DATABASE.")};
    }
    if (!parsed.password().isEmpty()) {
        return Error{tr("The server address holds a password."), QString(), QString(),
                     tr("Leave it out of the address: put it in ~/.pgpass or PGPASSWORD, or "
                        "type it when asked.")};
    }
    ServerAddress address;
    address.m_host = socketFolder.isEmpty() ? parsed.host(QUrl::FullyDecoded) : socketFolder;
    address.m_port = parsed.port(-1);
    address.m_user = parsed.userName(QUrl::FullyDecoded);
    address.m_database = parsed.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok || address.m_port <= 0 || address.m_port > 65535) {
                return Error{tr("The port '%1' in the server address is not a number from 1 to "
                                "65535.")
                                 .arg(value)};
            }
        } else if (key == QLatin1String("dbname")) {
            address.m_database = value;
        } else if (key == QLatin1String("user")) {
            address.m_user = value;
        } else if (key == QLatin1String("password")) {
            return Error{tr("The server address holds a password."), QString(), QString(),
                         tr("Leave it out of the address: put it in ~/.pgpass or PGPASSWORD, or "
                            "type it when asked.")};
        } else if (passedOptions.contains(key)) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' '))) {
                return Error{tr("The option %1 in the server address holds a space or a "
                                "semicolon.")
                                 .arg(key)};
            }
            options << key + QLatin1Char('=') + value;
        } else {
            return Error{
                tr("The server address has an option this program does not know: %1.").arg(key),
                QString(), QString(),
                tr("Known options: host, port, dbname, user, %1.")
                    .arg(passedOptions.join(QLatin1String(", ")))};
        }
    }
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/'))) {
        return Error{tr("The server address names no database."), QString(), QString(),
                     tr("Give it as postgresql://USER@HOST:PORT/DATABASE.")};
    }
    address.m_options = options.join(QLatin1Char(';'));
    return address;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    // A socket folder goes in the query, as libpq also takes it; a host name in its place.
    if (m_host.startsWith(QLatin1Char('/'))) {
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    } else {
        url.setHost(m_host);
        url.setPort(m_port);
    }
    for (const QString &option : m_options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0),
                           option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

ServerAddress ServerAddress::withDatabase(const QString &database) const
{
    ServerAddress other = *this;
    other.m_database = database;
    return other;
}

QString ServerAddress::display() const
{
    QString out = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        out += m_user + QLatin1Char('@');
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        out += m_host;
    if (m_port > 0 && !socket)
        out += QLatin1Char(':') + QString::number(m_port);
    out += QLatin1Char('/') + m_database;
    if (socket)
        out += QStringLiteral(" (socket in %1)").arg(m_host);
    return out;
}

} // namespace seqohs
