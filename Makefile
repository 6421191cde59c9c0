# Koujing: the two commands of the quick start are `make run` and `make test`.

JAR     := target/koujing.jar
STORE   := output/store
SAMPLES := corpus/articles
KOUJING := java -jar $(JAR)
SOURCES := pom.xml $(shell find src/main ontology -type f 2>/dev/null)

.PHONY: run test jar bench clean

# Builds the knowledge graph of the sample corpus into the default store and writes the exports.
run: $(JAR)
	$(KOUJING) build --store $(STORE) $(SAMPLES)
	$(KOUJING) export --store $(STORE) --format turtle --output output/sample.ttl
	$(KOUJING) export --store $(STORE) --format trig   --output output/sample.trig
	$(KOUJING) export --store $(STORE) --format nquads --output output/sample.nq
	$(KOUJING) export --store $(STORE) --format jsonld --output output/sample.jsonld
	$(KOUJING) validate --store $(STORE)

# The whole test suite; CI runs exactly this (.ci/run).
test:
	mvn -B verify

# Speed measured on this machine: extraction beside ICU word segmentation (see the README).
bench:
	mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
	java -Xmx1g -cp target/classes:target/test-classes:$$(cat target/bench.classpath) org.w3id.koujing.bench.Bench

jar: $(JAR)

$(JAR): $(SOURCES)
	mvn -B -q package -DskipTests

clean:
	rm -rf target $(STORE)
