package org.w3id.koujing.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.w3id.koujing.model.Attribution;
import org.w3id.koujing.model.Change;
import org.w3id.koujing.model.Claim;
import org.w3id.koujing.model.ClaimKind;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.model.Figure;
import org.w3id.koujing.model.Label;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.model.Official;
import org.w3id.koujing.model.PolicyMention;
import org.w3id.koujing.model.Qualifier;
import org.w3id.koujing.model.Script;
import org.w3id.koujing.model.Unit;
import org.w3id.koujing.text.ScriptConverter;

/**
 * Turns the extraction of one article into the quads of its named graph, written to a
 * {@link StreamRDF}. The graph is self-contained: every official, ministry, metric, policy and
 * unit it mentions comes with its type and labels.
 */
public final class ArticleMapper {

    private final IriScheme iris;

    public ArticleMapper(IriScheme iris) {
        this.iris = iris;
    }

    /** The IRI of an article, which also names its graph. */
    public Node articleNode(String articleId) {
        return uri(iris.article(articleId));
    }

    public void map(Extraction e, String contentHash, StreamRDF out) {
        map(e, contentHash, Optional.empty(), out);
    }

    /** Maps an extraction, recording the character encoding its source file was read in, where it is known. */
    public void map(Extraction e, String contentHash, Optional<String> sourceEncoding, StreamRDF out) {
        new Writer(e, contentHash, sourceEncoding, out).write();
    }

    /** The state of mapping one article: its graph and the canonical resources already described. */
    private final class Writer {
        private final Extraction e;
        private final String contentHash;
        private final Optional<String> sourceEncoding;
        private final StreamRDF out;
        private final Node graph;
        private final String lang;
        private final Set<Node> described = new HashSet<>();
        /** The policies some claim of the article names, rather than only lists as an action line. */
        private final Set<String> namedPolicies;

        Writer(Extraction e, String contentHash, Optional<String> sourceEncoding, StreamRDF out) {
            this.e = e;
            this.contentHash = contentHash;
            this.sourceEncoding = sourceEncoding;
            this.out = out;
            this.graph = articleNode(e.article().id());
            this.lang = e.script().languageTag();
            this.namedPolicies = e.claims().stream().flatMap(c -> c.policies().stream())
                    .filter(p -> p.kind() == PolicyMention.Kind.NAME).map(p -> p.label().hans()).collect(Collectors.toSet());
        }

        void write() {
            Node article = graph;
            emit(article, KJ.type, KJ.Article);
            emit(article, KJ.identifier, NodeFactory.createLiteralString(e.article().id()));
            e.article().date().ifPresent(d -> emit(article, KJ.date, date(d)));
            e.article().title().ifPresent(t -> emit(article, KJ.dcTitle, text(t.strip())));
            e.article().url().filter(ArticleMapper::isIri).ifPresent(u -> emit(article, KJ.dcSource, uri(u)));
            emit(article, KJ.language, NodeFactory.createLiteralString(lang));
            emit(article, KJ.contentHash, NodeFactory.createLiteralString(contentHash));
            sourceEncoding.ifPresent(enc -> emit(article, KJ.sourceEncoding, NodeFactory.createLiteralString(enc)));
            for (Ministry m : e.ministries()) {
                emit(article, KJ.mentionsMinistry, ministry(m));
            }
            for (Official o : e.officials()) {
                official(o);
            }
            for (Claim c : e.claims()) {
                claim(article, c);
            }
        }

        private void claim(Node article, Claim c) {
            Node claim = uri(iris.claim(article.getURI(), c.index()));
            emit(claim, KJ.type, KJ.Claim);
            emit(claim, KJ.source, article);
            emit(claim, KJ.quote, text(c.quote()));
            c.speaker().ifPresent(o -> emit(claim, KJ.claimedBy, official(o)));
            emit(claim, KJ.attribution, attribution(c.attribution()));
            offsets(claim, c.span().start(), c.span().end());
            List<Figure> figures = c.figures();
            for (int i = 0; i < figures.size(); i++) {
                Node figure = uri(iris.figure(claim.getURI(), i + 1));
                emit(claim, KJ.reportsFigure, figure);
                figure(figure, figures.get(i));
            }
            for (ClaimKind k : c.kinds()) {
                emit(claim, KJ.claimKind, claimKind(k));
            }
            for (PolicyMention p : c.policies()) {
                emit(claim, KJ.concernsPolicy, policy(p));
            }
        }

        /**
         * A policy: labelled once per graph; a policy Koujing knows also in English, with its variants
         * as alternative labels (两新: 大规模设备更新和消费品以旧换新); an action line where no mention names it.
         */
        private Node policy(PolicyMention p) {
            Node node = uri(iris.policy(p.label().hans()));
            if (described.add(node)) {
                labels(node, KJ.Policy, p.label());
                p.known().ifPresent(k -> {
                    emit(node, KJ.label, NodeFactory.createLiteralLang(k.nameEn(), "en"));
                    for (String variant : k.variants()) {
                        emit(node, KJ.altLabel, NodeFactory.createLiteralLang(variant, Script.HANS.languageTag()));
                        emit(node, KJ.altLabel, NodeFactory.createLiteralLang(ScriptConverter.toTraditional(variant), Script.HANT.languageTag()));
                    }
                });
                if (!namedPolicies.contains(p.label().hans())) {
                    emit(node, KJ.type, KJ.ActionLine);
                }
            }
            return node;
        }

        private void figure(Node figure, Figure f) {
            emit(figure, KJ.type, KJ.Figure);
            emit(figure, KJ.value, decimal(f.value()));
            f.maxValue().ifPresent(v -> emit(figure, KJ.maxValue, decimal(v)));
            emit(figure, KJ.unit, unit(f.unit()));
            f.measureWord().ifPresent(w -> emit(figure, KJ.measureWord, text(w)));
            emit(figure, KJ.qualifier, qualifier(f.qualifier()));
            emit(figure, KJ.claimKind, claimKind(f.claimKind()));
            emit(figure, KJ.figureKind, KJ.kj(switch (f.kind()) {
                case LEVEL -> "Level";
                case CHANGE -> "Change";
                case SHARE -> "Share";
            }));
            f.change().ifPresent(c -> {
                emit(figure, KJ.changeDirection, KJ.kj(c.direction() == Change.Direction.INCREASE ? "Increase" : "Decrease"));
                comparisonBase(c.base()).ifPresent(b -> emit(figure, KJ.comparedWith, b));
            });
            f.period().ifPresent(p -> {
                p.start().ifPresent(d -> emit(figure, KJ.periodStart, date(d)));
                p.end().ifPresent(d -> emit(figure, KJ.periodEnd, date(d)));
            });
            f.metric().ifPresent(m -> emit(figure, KJ.measures, named(uri(iris.metric(m.hans())), KJ.Metric, m)));
            emit(figure, KJ.surface, text(f.surface()));
            offsets(figure, f.span().start(), f.span().end());
        }

        private Node official(Official o) {
            Node node = uri(iris.official(o.key()));
            if (described.add(node)) {
                labels(node, KJ.Official, o.name());
                o.title().ifPresent(t -> emit(node, KJ.title, text(t)));
                o.ministry().ifPresent(m -> emit(node, KJ.memberOf, ministry(m)));
            }
            return node;
        }

        private Node ministry(Ministry m) {
            Node node = uri(iris.ministry(m.key()));
            if (described.add(node)) {
                labels(node, KJ.Ministry, m.name());
                emit(node, KJ.label, NodeFactory.createLiteralLang(m.nameEn(), "en"));
                emit(node, KJ.key, NodeFactory.createLiteralString(m.key()));
                m.abbreviationsHans().forEach(a -> emit(node, KJ.altLabel, NodeFactory.createLiteralLang(a, "zh-Hans")));
                m.abbreviationsHant().forEach(a -> emit(node, KJ.altLabel, NodeFactory.createLiteralLang(a, "zh-Hant")));
                m.abbreviationsEn().forEach(a -> emit(node, KJ.altLabel, NodeFactory.createLiteralLang(a, "en")));
            }
            return node;
        }

        private Node unit(Unit u) {
            Node node = uri(u.iri());
            if (described.add(node)) {
                labels(node, KJ.Unit, u.label());
                emit(node, KJ.label, NodeFactory.createLiteralLang(u.labelEn(), "en"));
            }
            return node;
        }

        private Node named(Node node, Node type, Label label) {
            if (described.add(node)) {
                labels(node, type, label);
            }
            return node;
        }

        private void labels(Node node, Node type, Label label) {
            emit(node, KJ.type, type);
            emit(node, KJ.label, NodeFactory.createLiteralLang(label.hans(), Script.HANS.languageTag()));
            emit(node, KJ.label, NodeFactory.createLiteralLang(label.hant(), Script.HANT.languageTag()));
        }

        private void offsets(Node node, int start, int end) {
            emit(node, KJ.charStart, NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDinteger));
            emit(node, KJ.charEnd, NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDinteger));
        }

        private Node text(String s) {
            return NodeFactory.createLiteralLang(s, lang);
        }

        private void emit(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    private static Node claimKind(ClaimKind k) {
        return KJ.kj(switch (k) {
            case REPORT -> "Report";
            case PLEDGE -> "Pledge";
            case TARGET -> "Target";
            case ASSESSMENT -> "Assessment";
        });
    }

    private static Node qualifier(Qualifier q) {
        return KJ.kj(switch (q) {
            case EXACTLY -> "Exactly";
            case MORE_THAN -> "MoreThan";
            case AT_LEAST -> "AtLeast";
            case LESS_THAN -> "LessThan";
            case AT_MOST -> "AtMost";
            case APPROXIMATELY -> "Approximately";
            case RANGE -> "Range";
        });
    }

    private static Optional<Node> comparisonBase(Change.Base base) {
        return Optional.ofNullable(switch (base) {
            case SAME_PERIOD_LAST_YEAR -> KJ.kj("SamePeriodLastYear");
            case PREVIOUS_PERIOD -> KJ.kj("PreviousPeriod");
            case ANNUAL_AVERAGE -> KJ.kj("AnnualAverage");
            case STATED -> KJ.kj("StatedBase");
            case UNSTATED -> null;
        });
    }

    private static Node attribution(Attribution a) {
        return KJ.kj(switch (a) {
            case EXPLICIT_CUE -> "ExplicitCue";
            case QUOTATION -> "Quotation";
            case CARRY_OVER -> "CarryOver";
            case NONE -> "NoSpeaker";
        });
    }

    /**
     * A decimal in the canonical form of XSD 1.0, which is also the form TDB2 gives back: no
     * exponent, no superfluous zeros, and always a digit on both sides of the point (6200.0).
     */
    static Node decimal(BigDecimal v) {
        BigDecimal plain = v.stripTrailingZeros();
        if (plain.scale() <= 0) {
            plain = plain.setScale(1);
        }
        return NodeFactory.createLiteralDT(plain.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static boolean isIri(String s) {
        try {
            IRIs.checkEx(s);
            return s.startsWith("http://") || s.startsWith("https://");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
