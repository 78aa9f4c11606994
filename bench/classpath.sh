# Sourced by the bench scripts: compiles the templates and the plugin (main and test classes) and
# sets BENCH_CP to the plugin's test classpath. Maven runs offline by default; set
# BENCH_MAVEN_ARGS="" to let it download what is missing.
BENCH_MAVEN_ARGS=${BENCH_MAVEN_ARGS--o}
mkdir -p bench/target
mvn -B -q $BENCH_MAVEN_ARGS -pl templates,plugin test-compile
mvn -B -q $BENCH_MAVEN_ARGS -f plugin/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/bench/target/classpath.txt"
BENCH_CP="$PWD/plugin/target/test-classes:$PWD/plugin/target/classes:$PWD/templates/target/classes:$(cat bench/target/classpath.txt)"
export BENCH_CP
