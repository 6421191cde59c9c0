package org.w3id.koujing.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of an evaluation, for one article or summed over many, with the measures derived
 * from them. Figures are judged as {@code gold-format.md} says: a match on value and unit, then
 * speaker, metric, qualifier and period among the matches; strict counts a figure right only when
 * all four are right.
 */
public final class Score {

    int goldOfficials;
    int predictedOfficials;
    int matchedOfficials;
    int rightTitles;
    int rightMinistries;

    int goldFigures;
    int matchedFigures;
    int falseFigures;
    int duplicateFigures;
    int optionalFigures;
    int rightSpeakers;
    int rightMetrics;
    int rightQualifiers;
    int rightPeriods;
    int rightChanges;
    int strictFigures;

    int goldPolicies;
    int foundPolicies;
    int foundPoliciesWithSpeaker;
    int predictedPolicies;
    int predictedPoliciesInGold;

    final List<String> details = new ArrayList<>();

    public void add(Score o) {
        goldOfficials += o.goldOfficials;
        predictedOfficials += o.predictedOfficials;
        matchedOfficials += o.matchedOfficials;
        rightTitles += o.rightTitles;
        rightMinistries += o.rightMinistries;
        goldFigures += o.goldFigures;
        matchedFigures += o.matchedFigures;
        falseFigures += o.falseFigures;
        duplicateFigures += o.duplicateFigures;
        optionalFigures += o.optionalFigures;
        rightSpeakers += o.rightSpeakers;
        rightMetrics += o.rightMetrics;
        rightQualifiers += o.rightQualifiers;
        rightPeriods += o.rightPeriods;
        rightChanges += o.rightChanges;
        strictFigures += o.strictFigures;
        goldPolicies += o.goldPolicies;
        foundPolicies += o.foundPolicies;
        foundPoliciesWithSpeaker += o.foundPoliciesWithSpeaker;
        predictedPolicies += o.predictedPolicies;
        predictedPoliciesInGold += o.predictedPoliciesInGold;
    }

    public double officialPrecision() {
        return ratio(matchedOfficials, predictedOfficials);
    }

    public double officialRecall() {
        return ratio(matchedOfficials, goldOfficials);
    }

    public double officialF1() {
        return f1(officialPrecision(), officialRecall());
    }

    public int matchedOfficials() {
        return matchedOfficials;
    }

    public int rightTitles() {
        return rightTitles;
    }

    public int rightMinistries() {
        return rightMinistries;
    }

    public double figurePrecision() {
        return ratio(matchedFigures, matchedFigures + falseFigures);
    }

    public double figureRecall() {
        return ratio(matchedFigures, goldFigures);
    }

    public double figureF1() {
        return f1(figurePrecision(), figureRecall());
    }

    public double strictPrecision() {
        return ratio(strictFigures, matchedFigures + falseFigures);
    }

    public double strictRecall() {
        return ratio(strictFigures, goldFigures);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double speakerAccuracy() {
        return ratio(rightSpeakers, matchedFigures);
    }

    public double metricAccuracy() {
        return ratio(rightMetrics, matchedFigures);
    }

    public double qualifierAccuracy() {
        return ratio(rightQualifiers, matchedFigures);
    }

    public double periodAccuracy() {
        return ratio(rightPeriods, matchedFigures);
    }

    /** Level, change or share, and the change's direction and base: judged among matches, not part of strict. */
    public double changeAccuracy() {
        return ratio(rightChanges, matchedFigures);
    }

    public double policyRecall() {
        return ratio(foundPolicies, goldPolicies);
    }

    public double policyRecallWithSpeaker() {
        return ratio(foundPoliciesWithSpeaker, goldPolicies);
    }

    /** A lower bound: predicted labels that match a gold or optional policy, over all predicted labels. */
    public double policyPrecisionLowerBound() {
        return ratio(predictedPoliciesInGold, predictedPolicies);
    }

    public List<String> details() {
        return details;
    }

    /** The report, a few aligned lines. */
    public String format() {
        return String.format(
                "  officials  P %.3f  R %.3f  F1 %.3f   (gold %d, found %d, matched %d; title %d/%d, ministry %d/%d)%n"
                + "  figures    P %.3f  R %.3f  F1 %.3f   (gold %d, matched %d, false %d, duplicates %d, optional %d)%n"
                + "  strict     P %.3f  R %.3f  F1 %.3f   (speaker %d/%d, metric %d/%d, qualifier %d/%d, period %d/%d; change %d/%d)%n"
                + "  policies   R %.3f  R+speaker %.3f  P>= %.3f   (gold %d, found %d, with speaker %d; predicted %d, in gold %d)%n",
                officialPrecision(), officialRecall(), officialF1(), goldOfficials, predictedOfficials, matchedOfficials,
                rightTitles, matchedOfficials, rightMinistries, matchedOfficials,
                figurePrecision(), figureRecall(), figureF1(), goldFigures, matchedFigures, falseFigures, duplicateFigures, optionalFigures,
                strictPrecision(), strictRecall(), strictF1(), rightSpeakers, matchedFigures, rightMetrics, matchedFigures,
                rightQualifiers, matchedFigures, rightPeriods, matchedFigures, rightChanges, matchedFigures,
                policyRecall(), policyRecallWithSpeaker(), policyPrecisionLowerBound(), goldPolicies, foundPolicies,
                foundPoliciesWithSpeaker, predictedPolicies, predictedPoliciesInGold);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? (a == 0 ? 1.0 : 0.0) : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
