#pragma once

// Internal helpers shared by the JSON formats of the catalogue (standards sets, crosswalks):
// the checks every file passes before its content is looked at, a reader that collects schema
// problems by JSON path, and a writer that produces the canonical layout.

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace seqohs::json {

constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
constexpr int MaxDepth = 32;

// Size, byte order mark, UTF-8, nesting depth and syntax, in that order; the first failure
// ends the checks because the later ones would only repeat it. Returns the top-level object.
Expected<QJsonObject> parseDocument(const QByteArray &data, const QString &fileName);

// Reads a whole file for parseDocument, refusing files over MaxFileSize before reading them.
Expected<QByteArray> readFileBytes(const QString &path);

// "$.domains[2].title" style paths.
QString member(const QString &path, const QString &key);
QString index(const QString &path, qsizetype i);

// Collects every schema problem of one document, each located by its JSON path.
class SchemaReader
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::json::SchemaReader)

public:
    explicit SchemaReader(QString fileName)
        : m_fileName(std::move(fileName))
    {
    }

    void error(const QString &path, const QString &message, const QString &hint = QString());
    const ErrorList &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    // Reports every member of object that is not in known. Members whose names start with
    // "x-" are left for the author's own use and never reported.
    void checkMembers(const QJsonObject &object, const QString &path, const QStringList &known);

    // A string member; when required, a missing or blank value is an error.
    QString string(const QJsonObject &object, const QString &path, const QString &key,
                   bool required);
    // A string member that is a stable id: required, and made of letters, digits, '.', '_',
    // ':' and '-' (it ends up in workspaces and crosswalks, so it must survive any of them).
    QString identifier(const QJsonObject &object, const QString &path, const QString &key);
    // An array of non-blank strings; absent means empty.
    QStringList stringList(const QJsonObject &object, const QString &path, const QString &key);
    // An array that must be present (and, when nonEmpty, hold at least one element).
    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key,
                     bool nonEmpty);
    // An object element of an array.
    std::optional<QJsonObject> objectAt(const QJsonArray &array, const QString &path, qsizetype i);
    // A whole number in [minimum, maximum]; absent gives fallback.
    int integer(const QJsonObject &object, const QString &path, const QString &key, int minimum,
                int maximum, int fallback);

private:
    QString m_fileName;
    ErrorList m_errors;
};

bool isIdentifier(const QString &text);
bool isTag(const QString &text);

// The canonical writer: two-space indentation, members in the order they are written,
// strings escaped as little as JSON allows (non-ASCII stays UTF-8), one trailing newline.
class Writer
{
public:
    void beginObject();
    void endObject();
    void beginArray(const QString &key = QString());
    void endArray();
    void beginObjectMember(const QString &key);
    void value(const QString &key, const QString &text);
    void value(const QString &key, int number);
    void value(const QString &key, double number);
    // One string per line, or on one line when inlineList (short lists such as tags).
    void value(const QString &key, const QStringList &strings, bool inlineList = false);
    void element(const QString &text);

    QByteArray finish();

private:
    void newItem();
    void writeKey(const QString &key);
    void writeString(const QString &text);

    QByteArray m_out;
    QList<bool> m_first; // per open container: no member written yet
};

} // namespace seqohs::json
