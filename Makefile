# Koujing: the two commands of the quick start are `make run` and `make test`.

JAR     := target/koujing.jar
STORE   := output/store
SAMPLES := corpus/articles
KOUJING := java -jar $(JAR)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SOURCES := pom.xml $(shell find src/main ontology -type f 2>/dev/null)

.PHONY: run test jar bench docs clean

# Builds the knowledge graph of the sample corpus into the default store and writes the exports.
run: $(JAR)
	$(KOUJING) build --store $(STORE) $(SAMPLES)
	$(KOUJING) export --store $(STORE) --format turtle --output output/sample.ttl --void
	$(KOUJING) export --store $(STORE) --format trig   --output output/sample.trig --void
	$(KOUJING) export --store $(STORE) --format nquads --output output/sample.nq --void
	$(KOUJING) export --store $(STORE) --format jsonld --output output/sample.jsonld --void
	$(KOUJING) validate --store $(STORE)

# The whole test suite; CI runs exactly this (.ci/run).
test:
	mvn -B verify

# Speed measured on this machine (see the README): extraction beside ICU word segmentation; then
# koujing build of 2,000 and 20,000 synthetic articles beside Jena's tdb2.tdbloader on the same quads.
bench:
	mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
	java -Xmx1g -cp target/classes:target/test-classes:$$(cat target/bench.classpath) org.w3id.koujing.bench.Bench
	java -Xmx1g -cp target/classes:target/test-classes:$$(cat target/bench.classpath) org.w3id.koujing.bench.BuildBench 2000 20000

# The ontology's documentation, written from the ontology: docs/ontology/index.html and its class
# diagram (classes.dot, drawn as classes.svg by Graphviz, installed from Debian's packages if missing).
docs: $(JAR)
	@command -v dot >/dev/null 2>&1 || { echo "make docs: installing Graphviz from Debian's packages"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq graphviz >/dev/null; }
	$(KOUJING) docs --output docs/ontology
	dot -Tsvg docs/ontology/classes.dot -o docs/ontology/classes.svg

jar: $(JAR)

$(JAR): $(SOURCES)
	mvn -B -q package -DskipTests

clean:
	rm -rf target $(STORE)
