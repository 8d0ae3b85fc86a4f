#pragma once

#include <QString>

#include <functional>
#include <vector>

class Database;

// One numbered step of the schema. Steps never change once released: a new
// need is a new step, so any older database can be brought up to date.
struct Migration
{
    int version;
    const char *description;
    std::function<bool(Database &, QString *error)> apply;
};

const std::vector<Migration> &allMigrations();
