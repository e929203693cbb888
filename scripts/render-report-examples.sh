#!/usr/bin/env bash
# Renders the example of each report (the fixtures of alpr-reports' tests) to PNG pages in docs/reports/, as the
# documentation shows them. Run after changing a template or a report model.
set -euo pipefail
cd "$(dirname "$0")/.."
classpath=alpr-reports/target/example-classpath.txt
mvn -B -q -ntp -pl alpr-reports test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$classpath"
rm -f docs/reports/*.png
java -Djava.awt.headless=true \
     -cp "alpr-reports/target/classes:alpr-reports/target/test-classes:$(cat "$classpath")" \
     org.platekeeper.reports.ReportExamples docs/reports
