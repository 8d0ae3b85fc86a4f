#pragma once

#include <QString>

// Identifiers arrive typed by hand, scanned, or from old lists in every notation.
// They are stored in one canonical form so that uniqueness and lookups hold.
namespace IdentifierNormalizer {

// Upper case, without spaces, dashes are kept: " cz c7-asf2zm " -> "CZC7-ASF2ZM".
QString serial(const QString &text);

// Any of AA:BB:CC:DD:EE:FF, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff, aabbccddeeff
// -> "AA:BB:CC:DD:EE:FF"; empty when the text is not a MAC address.
QString mac(const QString &text);
bool isMac(const QString &text);

// IPv4 or IPv6 in a canonical textual form; empty when not an address.
QString ip(const QString &text);

// Host names compare case-insensitively: lower case, trimmed.
QString hostname(const QString &text);

// Inventory numbers: trimmed, inner whitespace removed, upper case.
QString inventoryNumber(const QString &text);

} // namespace IdentifierNormalizer
