#pragma once

#include "Result.h"

namespace fv {

class Database;

// RAII write transaction: commit() at the end of the work, rollback if the scope is left
// without it. Nested guards become savepoints, so an operation can call another.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not even start (locked, read-only); see error().
    bool isOpen() const { return m_open; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    Database &m_db;
    bool m_open = false;
    bool m_nested = false;
    int m_depth = 0;
    Error m_error;
};

} // namespace fv
