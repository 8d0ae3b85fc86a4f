#pragma once

class QCoreApplication;

// Installs the German (or any shipped) translation for the system locale.
// English is the source language and needs nothing.
void installTranslations(QCoreApplication &application);
