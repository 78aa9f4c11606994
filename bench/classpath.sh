# Sourced by the bench scripts. Compiles the benchmark (plugin/src/test/java/dev/tradeoff/bench) and
# the main classes it reaches into bench/target/classes, apart from plugin/target so that other
# builds in the same tree cannot change the classes under a running benchmark, and sets BENCH_CP
# (which ends with the jars of the plugin's test classpath).
# Maven (only used for the dependency classpath) runs offline by default; set BENCH_MAVEN_ARGS=""
# to let it download what is missing.
BENCH_MAVEN_ARGS=${BENCH_MAVEN_ARGS--o}
mkdir -p bench/target
mvn -B -q $BENCH_MAVEN_ARGS -f plugin/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/bench/target/classpath.txt"
BENCH_DEPS=$(cat bench/target/classpath.txt)
rm -rf bench/target/classes
javac -nowarn -encoding UTF-8 --release 17 -implicit:class -d bench/target/classes -cp "$BENCH_DEPS" \
    -sourcepath plugin/src/main/java:plugin/src/test/java plugin/src/test/java/dev/tradeoff/bench/*.java
# A snapshot of the resources too (theme templates, assets, schemas), for the same reason.
cp -r plugin/src/main/resources/. templates/src/main/resources/. bench/target/classes/
BENCH_CP="$PWD/bench/target/classes:$BENCH_DEPS"
export BENCH_CP
