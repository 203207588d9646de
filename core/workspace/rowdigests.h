#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace seqohs {

class StorageKernel;

// A digest of every row a person's work lives in, so that the audit chain covers what the file
// holds now and not only what was done to it. Each row's digest is kept in `row_digest`; their
// sum (a multiset hash: SHA-256 digests added modulo 2^256) goes into the last audit row of
// every unit of work, where the chain protects it.
//
// The program's own connection tracks the rows a unit of work touches with temporary triggers,
// which exist only in that connection: a change made with any other tool leaves `row_digest` as
// it was, and problems() then names the row. A blob's chunks are covered by the SHA-256 in its
// tracked row, and the audit trail by its own chain.
class RowDigests
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::RowDigests)

public:
    // The first format version with row digests.
    static constexpr int FirstVersion = 4;

    explicit RowDigests(const StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    // Creates this connection's temporary tracking table and triggers. Once per writable
    // connection, after the tables exist.
    [[nodiscard]] Status track() const;

    // Marks every row as touched, so that the next seal() records all of them: for a file that
    // had no digests yet.
    [[nodiscard]] Status touchAll() const;

    // Whether the unit of work so far has touched a row of any of these tables.
    [[nodiscard]] Expected<bool> touched(const QStringList &tables) const;

    struct Seal
    {
        bool changed = false; // whether the unit touched any tracked row
        QByteArray state;     // the sum after the unit, hex
    };
    // Records the digests of the rows touched since the last seal, inside the current
    // transaction, and returns the new sum, given the sum before (hex, empty for none).
    [[nodiscard]] Expected<Seal> seal(const QByteArray &previousState) const;

    // Recomputes every row's digest and names each row that differs from its record, and any
    // difference between the rows and recordedState (the last sum the audit chain holds).
    [[nodiscard]] ErrorList problems(const QByteArray &recordedState) const;

    // For an engine that tracks the rows a unit touched itself (a server): the tracked tables
    // with their key columns, the digest of one row given its values in the file's column order
    // and as the file types them, and a sum with one row's old digest taken out and its new one
    // added (either may be empty).
    struct TrackedTable
    {
        QString name;
        QStringList key;
    };
    static QList<TrackedTable> trackedTables(int formatVersion);
    static QByteArray digestOf(const QString &table, const QVariantList &values);
    static QByteArray adjusted(const QByteArray &sum, const QByteArray &removed,
                               const QByteArray &added);

private:
    // The row a person would recognise: "evidence item 12", "the assessment of A1.1".
    static QString describe(const QString &table, const QVariantList &key);

    const StorageKernel &m_kernel;
};

} // namespace seqohs
