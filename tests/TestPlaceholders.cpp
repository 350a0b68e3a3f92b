#include "JobFile.h"
#include "Placeholders.h"
#include "Validator.h"

#include <QTest>

using namespace sx;

class TestPlaceholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesWholeValues_data();
    void recognisesWholeValues();
    void jobFileAcceptsWholePlaceholderInAnyField();
    void jobFileRefusesPartialPlaceholderInNumber();
    void reportsUnfilledWithTheirKeys();
    void scriptContentKeepsItsOwnSyntax();
    void substitutesTextNumbersAndSwitches();
    void substitutionErrorsNameTheKey_data();
    void substitutionErrorsNameTheKey();
    void doesNotExpandValuesAgain();
    void parsesAssignments_data();
    void parsesAssignments();
    void templateRoundTripKeepsPlaceholders();
    void validatorReportsEachUnfilledPlaceholder();

private:
    static Job parseJob(const QByteArray& json);
};

Job TestPlaceholders::parseJob(const QByteArray& json)
{
    JobFileError error;
    const auto file = JobFileFormat::parse(json, &error);
    if (!file)
        qFatal("fixture does not parse: %s", qPrintable(error.toString()));
    return file->job;
}

void TestPlaceholders::recognisesWholeValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "${NAMESPACE}" << true << "NAMESPACE";
    QTest::newRow("underscore-digits") << "${_ENV_2}" << true << "_ENV_2";
    QTest::newRow("embedded") << "job-${ENV}" << false << "";
    QTest::newRow("leading-digit") << "${2X}" << false << "";
    QTest::newRow("empty") << "${}" << false << "";
    QTest::newRow("spaces") << "${ X }" << false << "";
    QTest::newRow("unclosed") << "${X" << false << "";
}

void TestPlaceholders::recognisesWholeValues()
{
    QFETCH(QString, text);
    QFETCH(bool, whole);
    QFETCH(QString, name);
    QString found;
    QCOMPARE(Placeholders::isWholeValue(text, &found), whole);
    QCOMPARE(found, name);
}

void TestPlaceholders::jobFileAcceptsWholePlaceholderInAnyField()
{
    const Job job = parseJob(R"({"format": "sxstudio-job", "version": 1, "name": "t", "job": {
        "Namespace": "${NS}", "Name": "report-${ENV}", "JobType": "${TYPE}", "TimeType": "${TT}",
        "Timeout": "${TIMEOUT}", "TimeoutEnable": "${ALERT}", "ContactInfo": [{"UserMail": "${MAIL}"}]}})");
    QCOMPARE(job.value(Param::Timeout).toString(), QString("${TIMEOUT}"));
    QCOMPARE(job.value(Param::TimeoutEnable).toString(), QString("${ALERT}"));
    QCOMPARE(job.value(Param::TimeType).toString(), QString("${TT}"));
    QCOMPARE(job.text(Param::JobType), QString("${TYPE}"));
    QCOMPARE(job.contacts().first().userMail, QString("${MAIL}"));
}

void TestPlaceholders::jobFileRefusesPartialPlaceholderInNumber()
{
    JobFileError error;
    QVERIFY(!JobFileFormat::parse(R"({"Timeout": "1${X}"})", &error));
    QCOMPARE(error.key, QString("Timeout"));
    QVERIFY(!JobFileFormat::parse(R"({"TimeoutEnable": "yes"})", &error));
    QCOMPARE(error.key, QString("TimeoutEnable"));
}

void TestPlaceholders::reportsUnfilledWithTheirKeys()
{
    const Job job = parseJob(R"({"Namespace": "${NS}", "GroupId": "${NS}-group", "Name": "${APP}-${ENV}",
        "JobType": "http", "Content": "{\"url\": \"${URL}\"}", "Timeout": "${TIMEOUT}",
        "ContactInfo": [{"UserName": "ops"}, {"UserMail": "${MAIL}"}]})");
    QCOMPARE(Placeholders::unfilled(job), QStringList({"NS", "APP", "ENV", "URL", "TIMEOUT", "MAIL"}));
    const auto uses = Placeholders::unfilledUses(job);
    QCOMPARE(uses.size(), 7);
    QCOMPARE(uses.first().key, QString("Namespace"));
    QCOMPARE(uses.last().key, QString("ContactInfo[2].UserMail"));
    QCOMPARE(uses.last().name, QString("MAIL"));
    QVERIFY(Placeholders::unfilled(parseJob(R"({"Name": "plain $HOME and {X} and $ {Y}"})")).isEmpty());
}

void TestPlaceholders::scriptContentKeepsItsOwnSyntax()
{
    const Job shell = parseJob(R"({"JobType": "shell", "Content": "echo ${HOME} ${GREETING}", "Name": "${N}"})");
    QCOMPARE(Placeholders::unfilled(shell), QStringList {"N"});
    QCOMPARE(Placeholders::uses(shell).size(), 3); // still seen, for the GUI
    QStringList errors;
    const auto filled = Placeholders::substitute(shell, {{"GREETING", "hi"}, {"N", "n"}}, &errors);
    QVERIFY(filled);
    QCOMPARE(filled->text(Param::Content), QString("echo ${HOME} hi"));
    // In a non-script job the same text is a placeholder to fill.
    const Job http = parseJob(R"({"JobType": "http", "Content": "${BODY}"})");
    QCOMPARE(Placeholders::unfilled(http), QStringList {"BODY"});
}

void TestPlaceholders::substitutesTextNumbersAndSwitches()
{
    const Job job = parseJob(R"({"Namespace": "${NS}", "Name": "report-${ENV}-${ENV}", "JobType": "${TYPE}",
        "TimeType": "${TT}", "Timeout": "${TIMEOUT}", "TimeoutEnable": "${ALERT}", "FailEnable": "${FAIL}",
        "ContactInfo": [{"UserMail": "${MAIL}"}]})");
    QStringList errors;
    const auto filled = Placeholders::substitute(job,
                                                 {{"NS", "prod-ns"},
                                                  {"ENV", "prod"},
                                                  {"TYPE", "golang"},
                                                  {"TT", "1"},
                                                  {"TIMEOUT", " 9000000000 "},
                                                  {"ALERT", "TRUE"},
                                                  {"FAIL", "0"},
                                                  {"MAIL", "ops@example.com"}},
                                                 &errors);
    QVERIFY2(filled, qPrintable(errors.join('\n')));
    QCOMPARE(filled->text(Param::Namespace), QString("prod-ns"));
    QCOMPARE(filled->text(Param::Name), QString("report-prod-prod"));
    QCOMPARE(filled->text(Param::JobType), QString("go")); // canonicalised like any value set
    QCOMPARE(filled->value(Param::TimeType).typeId(), QMetaType::Int);
    QCOMPARE(filled->number(Param::TimeType), 1);
    QCOMPARE(filled->number(Param::Timeout), Q_INT64_C(9000000000)); // Timeout is a Long
    QCOMPARE(filled->value(Param::TimeoutEnable), QVariant(true));
    QCOMPARE(filled->value(Param::FailEnable), QVariant(false));
    QCOMPARE(filled->contacts().first().userMail, QString("ops@example.com"));
    QVERIFY(Placeholders::unfilled(*filled).isEmpty());
    // Partly filled: the rest stay, to be reported by the validator.
    const auto partly = Placeholders::substitute(job, {{"NS", "x"}}, &errors);
    QVERIFY(partly);
    QVERIFY(!Placeholders::unfilled(*partly).contains("NS"));
    QVERIFY(Placeholders::unfilled(*partly).contains("TIMEOUT"));
}

void TestPlaceholders::substitutionErrorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key");
    QTest::newRow("word-for-number") << QByteArray(R"({"Timeout": "${V}"})") << "soon"
                                     << "\"Timeout\"";
    QTest::newRow("fraction") << QByteArray(R"({"MaxAttempt": "${V}"})") << "1.5"
                              << "\"MaxAttempt\"";
    QTest::newRow("int32-overflow") << QByteArray(R"({"MaxConcurrency": "${V}"})") << "3000000000"
                                    << "\"MaxConcurrency\"";
    QTest::newRow("yes-for-switch") << QByteArray(R"({"FailEnable": "${V}"})") << "yes"
                                    << "\"FailEnable\"";
}

void TestPlaceholders::substitutionErrorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QFETCH(QString, key);
    QStringList errors;
    QVERIFY(!Placeholders::substitute(parseJob(json), {{"V", value}}, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(key), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains("--set V=" + value), qPrintable(errors.first()));

    // Where the value was not typed as --set (the GUI), the caller says how it was given.
    QVERIFY(!Placeholders::substitute(parseJob(json), {{"V", value}}, &errors, "${%1} is '%2'"));
    QVERIFY2(errors.first().contains("${V} is '" + value + "'"), qPrintable(errors.first()));
    QVERIFY2(!errors.first().contains("--set"), qPrintable(errors.first()));
}

void TestPlaceholders::doesNotExpandValuesAgain()
{
    QStringList errors;
    const auto filled = Placeholders::substitute(parseJob(R"({"Name": "${A}"})"), {{"A", "${B}"}, {"B", "x"}}, &errors);
    QVERIFY(filled);
    QCOMPARE(filled->text(Param::Name), QString("${B}"));
}

void TestPlaceholders::parsesAssignments_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("simple") << "NS=prod" << true << "NS"
                            << "prod";
    QTest::newRow("equals-in-value") << "P=a=b&c=d" << true << "P"
                                     << "a=b&c=d";
    QTest::newRow("empty-value") << "X=" << true << "X"
                                 << "";
    QTest::newRow("no-equals") << "NS" << false << ""
                               << "";
    QTest::newRow("bad-name") << "1X=y" << false << ""
                              << "";
    QTest::newRow("empty-name") << "=y" << false << ""
                                << "";
}

void TestPlaceholders::parsesAssignments()
{
    QFETCH(QString, argument);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QString gotName, gotValue, error;
    QCOMPARE(Placeholders::parseAssignment(argument, &gotName, &gotValue, &error), ok);
    QCOMPARE(gotName, name);
    QCOMPARE(gotValue, value);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        QVERIFY(error.contains(argument));
}

void TestPlaceholders::templateRoundTripKeepsPlaceholders()
{
    const QByteArray json = "{\n  \"format\": \"sxstudio-job\",\n  \"version\": 1,\n  \"name\": \"t\",\n"
                            "  \"description\": \"\",\n  \"job\": {\n    \"Namespace\": \"${NS}\",\n"
                            "    \"Timeout\": \"${TIMEOUT}\",\n    \"TimeoutEnable\": \"${ALERT}\"\n  }\n}\n";
    JobFileError error;
    const auto file = JobFileFormat::parse(json, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    QCOMPARE(JobFileFormat::serialize(*file), json);
}

void TestPlaceholders::validatorReportsEachUnfilledPlaceholder()
{
    const Job job = parseJob(R"({"Namespace": "${NS}", "Timeout": "${TIMEOUT}", "JobType": "shell",
        "Content": "echo ${HOME}", "ContactInfo": [{"UserMail": "${MAIL}"}]})");
    QStringList found;
    for (const Problem& p : Validator::validate(job)) {
        if (p.code == "placeholder.unfilled") {
            QVERIFY(p.isError());
            found.append(p.path + '=' + p.message);
        }
    }
    QCOMPARE(found.size(), 3); // not the shell's own ${HOME}
    QVERIFY(found[0].startsWith("Namespace=") && found[0].contains("${NS}") && found[0].contains("--set NS="));
    QVERIFY(found[1].startsWith("Timeout=") && found[1].contains("${TIMEOUT}"));
    QVERIFY(found[2].startsWith("ContactInfo[1].UserMail=") && found[2].contains("${MAIL}"));
    QStringList errors;
    const auto filled = Placeholders::substitute(job, {{"NS", "n"}, {"TIMEOUT", "60"}, {"MAIL", "a@b.c"}}, &errors);
    QVERIFY(filled);
    for (const Problem& p : Validator::validate(*filled))
        QVERIFY2(p.code != "placeholder.unfilled", qPrintable(p.message));
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "TestPlaceholders.moc"
