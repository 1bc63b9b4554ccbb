// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of the code base that a reviewer would otherwise have to remember: dependency direction and complete
// translations.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace
{

const QString SourceRoot = QStringLiteral(VANTHU_SOURCE_DIR);

QStringList sourceFiles(const QString& folder)
{
    QStringList files;
    QDirIterator it(SourceRoot + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    return files;
}

QStringList includesOf(const QString& path)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QStringList found;
    auto matches = include.globalMatch(text);
    while (matches.hasNext()) {
        found.append(matches.next().captured(1));
    }
    return found;
}

bool isWidgetsInclude(const QString& include)
{
    static const QSet<QString> widgetHeaders{QStringLiteral("QApplication"), QStringLiteral("QWidget"),
                                             QStringLiteral("QMainWindow"), QStringLiteral("QDialog"),
                                             QStringLiteral("QMessageBox")};
    return include.startsWith(QLatin1String("QtWidgets")) || widgetHeaders.contains(include);
}

bool isGuiInclude(const QString& include)
{
    static const QSet<QString> guiHeaders{QStringLiteral("QGuiApplication"), QStringLiteral("QPainter"),
                                          QStringLiteral("QFont"),           QStringLiteral("QPdfWriter"),
                                          QStringLiteral("QFontDatabase"),   QStringLiteral("QPixmap")};
    return include.startsWith(QLatin1String("QtGui")) || guiHeaders.contains(include);
}

/**
 * The allowed dependencies between the project's folders, the one place they are written: a folder may include from
 * itself and from the folders listed, nothing else. A new arrow fails here until it is added on purpose.
 */
const QList<std::pair<QString, QStringList>>& allowedDependencies()
{
    static const QList<std::pair<QString, QStringList>> table{
        {QStringLiteral("common"), {}},
        {QStringLiteral("signing"), {QStringLiteral("common")}},
        {QStringLiteral("core"), {QStringLiteral("common"), QStringLiteral("signing")}},
        {QStringLiteral("render"), {QStringLiteral("common"), QStringLiteral("signing"), QStringLiteral("core")}},
        // The demo is the module vanthu-demo.so, installed apart: demo/api is its interface and loader, the only
        // part of it the front ends may see; the rest of demo/ is linked into the module alone.
        {QStringLiteral("demo/api"), {QStringLiteral("common")}},
        {QStringLiteral("demo"),
         {QStringLiteral("common"), QStringLiteral("signing"), QStringLiteral("core"), QStringLiteral("render"),
          QStringLiteral("demo/api")}},
        {QStringLiteral("app/signing"), {QStringLiteral("common"), QStringLiteral("signing")}},
        // The front ends.
        {QStringLiteral("app/cli"),
         {QStringLiteral("common"), QStringLiteral("signing"), QStringLiteral("core"), QStringLiteral("render"),
          QStringLiteral("app/signing"), QStringLiteral("translations"), QStringLiteral("demo/api")}},
        {QStringLiteral("app/gui"),
         {QStringLiteral("common"), QStringLiteral("signing"), QStringLiteral("core"), QStringLiteral("render"),
          QStringLiteral("app/signing"), QStringLiteral("translations"), QStringLiteral("demo/api")}},
        {QStringLiteral("translations"), {}},
        {QStringLiteral("server"), {QStringLiteral("common"), QStringLiteral("signing"), QStringLiteral("core")}},
        {QStringLiteral("fuzz"), {QStringLiteral("common"), QStringLiteral("signing"), QStringLiteral("tests")}},
        {QStringLiteral("bench"),
         {QStringLiteral("common"), QStringLiteral("signing"), QStringLiteral("core"), QStringLiteral("render"),
          QStringLiteral("app/gui")}},
    };
    return table;
}

/** The folder of the table @p include belongs to, or an empty string for a system or third-party header. */
QString folderOf(const QString& include)
{
    QString best;
    for (const auto& [folder, allowed] : allowedDependencies()) {
        if (include.startsWith(folder + QLatin1Char('/')) && folder.size() > best.size()) {
            best = folder;
        }
    }
    if (best.isEmpty() && include.startsWith(QLatin1String("tests/"))) {
        return QStringLiteral("tests");
    }
    return best;
}

} // namespace

TEST_CASE("every folder includes only from the folders the dependency table allows", "[quality][layers]")
{
    int arrows = 0;
    for (const auto& [folder, allowed] : allowedDependencies()) {
        for (const QString& file : sourceFiles(folder)) {
            // A file of a nested folder of the table (app/cli inside app) is judged there.
            const QString relative = file.mid(SourceRoot.size() + 1);
            if (folderOf(relative) != folder) {
                continue;
            }
            for (const QString& include : includesOf(file)) {
                const QString target = folderOf(include);
                if (target.isEmpty() || target == folder) {
                    continue;
                }
                ++arrows;
                INFO(relative.toStdString() << " includes " << include.toStdString());
                CHECK(allowed.contains(target));
            }
        }
    }
    CHECK(arrows > 100); // the walk found the project's includes
}

TEST_CASE("the front ends see the demo's interface only, never the demo the module is made of", "[quality][layers]")
{
    const auto allowedFor = [](const QString& folder) {
        for (const auto& [from, allowed] : allowedDependencies()) {
            if (from == folder) {
                return allowed;
            }
        }
        return QStringList();
    };
    CHECK(folderOf(QStringLiteral("demo/api/DemoModule.h")) == QStringLiteral("demo/api"));
    CHECK(folderOf(QStringLiteral("demo/DemoPki.h")) == QStringLiteral("demo"));
    for (const QString& frontEnd : {QStringLiteral("app/cli"), QStringLiteral("app/gui")}) {
        INFO(frontEnd.toStdString());
        CHECK(allowedFor(frontEnd).contains(folderOf(QStringLiteral("demo/api/DemoModule.h"))));
        CHECK_FALSE(allowedFor(frontEnd).contains(folderOf(QStringLiteral("demo/DemoWorkspace.h"))));
        CHECK_FALSE(allowedFor(frontEnd).contains(folderOf(QStringLiteral("demo/DemoPki.h"))));
    }
}

TEST_CASE("core and signing include nothing from Qt Gui, Widgets or the modules above them", "[quality][layers]")
{
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("signing")}) {
        for (const QString& file : sourceFiles(folder)) {
            for (const QString& include : includesOf(file)) {
                INFO(file.toStdString() << " includes " << include.toStdString());
                CHECK_FALSE(isWidgetsInclude(include));
                CHECK_FALSE(isGuiInclude(include));
                CHECK_FALSE(include.startsWith(QLatin1String("app/")));
                CHECK_FALSE(include.startsWith(QLatin1String("render/")));
                CHECK_FALSE(include.startsWith(QLatin1String("demo/")));
                CHECK_FALSE(include.startsWith(QLatin1String("server/")));
            }
        }
    }
}

TEST_CASE("signing's public headers show no third-party PDF or crypto library", "[quality][layers]")
{
    QDirIterator it(SourceRoot + QStringLiteral("/signing"), {QStringLiteral("*.h")}, QDir::Files);
    int headers = 0;
    while (it.hasNext()) {
        const QString header = it.next();
        ++headers;
        for (const QString& include : includesOf(header)) {
            INFO(header.toStdString() << " includes " << include.toStdString());
            CHECK_FALSE(include.contains(QLatin1String("poppler")));
            CHECK_FALSE(include.contains(QLatin1String("podofo")));
            CHECK_FALSE(include.startsWith(QLatin1String("openssl/")));
            CHECK_FALSE(include.contains(QLatin1String("p11-kit")));
        }
    }
    CHECK(headers > 0);
}

TEST_CASE("render and demo paint with Qt Gui but never use Widgets", "[quality][layers]")
{
    for (const QString& folder : {QStringLiteral("render"), QStringLiteral("demo")}) {
        for (const QString& file : sourceFiles(folder)) {
            for (const QString& include : includesOf(file)) {
                INFO(file.toStdString() << " includes " << include.toStdString());
                CHECK_FALSE(isWidgetsInclude(include));
                CHECK_FALSE(include.startsWith(QLatin1String("app/")));
            }
        }
    }
}

TEST_CASE("both translation files are complete and keep every placeholder", "[quality][i18n]")
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    for (const QString& language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        QFile file(SourceRoot + QStringLiteral("/translations/vanthu_") + language + QStringLiteral(".ts"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                INFO(language.toStdString()
                     << ": \"" << source.toStdString() << "\" -> \"" << translation.toStdString() << "\"");
                CHECK_FALSE(unfinished);
                CHECK_FALSE(translation.trimmed().isEmpty());
                QSet<QString> wanted;
                QSet<QString> given;
                auto sourceMatches = placeholder.globalMatch(source);
                while (sourceMatches.hasNext()) {
                    wanted.insert(sourceMatches.next().captured(0));
                }
                auto translationMatches = placeholder.globalMatch(translation);
                while (translationMatches.hasNext()) {
                    given.insert(translationMatches.next().captured(0));
                }
                CHECK(given == wanted);
            }
        }
        CHECK_FALSE(xml.hasError());
        CHECK(messages > 100);
    }
}

TEST_CASE("no test name holds a semicolon, which CTest would cut and then run nothing", "[quality][tests]")
{
    // catch_discover_tests hands CTest each name as a CMake list item: "a; b" becomes the test "a", for which Catch
    // finds no case, runs nothing and passes.
    static const QRegularExpression testCase(QStringLiteral("TEST_CASE\\(((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    int cases = 0;
    for (const QString& file : sourceFiles(QStringLiteral("tests"))) {
        QFile source(file);
        REQUIRE(source.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(source.readAll());
        auto found = testCase.globalMatch(text);
        while (found.hasNext()) {
            QString name;
            auto parts = literal.globalMatch(found.next().captured(1));
            while (parts.hasNext()) {
                name += parts.next().captured(1);
            }
            ++cases;
            INFO(file.toStdString() << ": " << name.toStdString());
            CHECK_FALSE(name.contains(QLatin1Char(';')));
        }
    }
    CHECK(cases > 300);
}
