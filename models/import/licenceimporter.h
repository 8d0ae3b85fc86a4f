#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "import/importrun.h"

class Database;

// Imports a legacy licence list (profile kind "licences", e.g. the built-in
// sis-lizenzen) with the guarantees of the asset import: one transaction (rolled
// back for a dry run or an error), an import batch of kind 'licences' that every
// licence and history row refers to, defective rows rejected with reasons into
// import_reject and the rejects file.
//
// Fields: product, vendor, edition, licence_type, metric, quantity, licence_key,
// contract_no, valid_from, valid_until, price_per_seat, maintenance_end, owner
// (authority code), using (list of authority codes), notes.
// - metric, when the list has none: concurrent for Concurrent licences, per user when
//   the product names users ("CAL (User)"), else per device.
// - using: the list names who uses the licence but not how many seats each. No
//   allocation is written when only the owner uses it (it serves its owner); else
//   the seats are split evenly in list order, the remainder to the first, as a
//   starting point to correct in the licence's Seats tab.
// - A licence already stored with the same key (or, without key, the same product,
//   contract number and owner) counts as unchanged; UpdateMatched writes the
//   fields that differ.
class LicenceImporter
{
    Q_DECLARE_TR_FUNCTIONS(LicenceImporter)

public:
    LicenceImporter(Database &database, const ImportProfile &profile);

    ImportResult run(const QString &filePath, const ImportOptions &options);

private:
    Database &m_database;
    const ImportProfile &m_profile;
};
