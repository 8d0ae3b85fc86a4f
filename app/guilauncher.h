#pragma once

#include <QStringList>

// Opens (creating on first start) the database and shows the main window.
int runGui(int &argc, char **argv);
