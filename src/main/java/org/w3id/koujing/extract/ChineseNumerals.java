package org.w3id.koujing.extract;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads numbers written in Chinese numerals: 十八, 两千五百, 三万五千, 一千二百亿, 零, 三点五. */
public final class ChineseNumerals {

    /** Characters that can make up a numeral. */
    public static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private ChineseNumerals() {
    }

    public static Optional<BigDecimal> parse(String numeral) {
        int point = numeral.indexOf('点');
        if (point >= 0) {
            return parse(numeral.substring(0, point)).flatMap(whole -> decimals(numeral.substring(point + 1)).map(whole::add));
        }
        if (numeral.isEmpty()) {
            return Optional.empty();
        }
        long value = parseBig(numeral, 0, numeral.length());
        return value < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
    }

    /** The digits after 点, read one by one: 三点五 is 3.5, 零点零五 is 0.05. */
    private static Optional<BigDecimal> decimals(String digits) {
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("0.");
        for (char c : digits.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return Optional.empty();
            }
            b.append(d);
        }
        return Optional.of(new BigDecimal(b.toString()));
    }

    /** Splits at the last 亿, then the last 万: left × unit + right. Returns -1 when malformed. */
    private static long parseBig(String s, int from, int to) {
        for (char unit : new char[] {'亿', '万'}) {
            int at = s.lastIndexOf(unit, to - 1);
            if (at >= from) {
                long left = at == from ? -1 : parseBig(s, from, at);
                long right = at + 1 == to ? 0 : parseBig(s, at + 1, to);
                if (left <= 0 || right < 0) {
                    return -1;
                }
                return left * (unit == '亿' ? 100_000_000L : 10_000L) + right;
            }
        }
        return parseSmall(s, from, to);
    }

    /** Below ten thousand: digits with 十, 百, 千; 两千五 is read as 2500. */
    private static long parseSmall(String s, int from, int to) {
        long total = 0;
        int pending = -1;
        int lastUnit = 0;
        boolean afterZero = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int digit = digit(c);
            int unit = unit(c);
            if (digit >= 0) {
                if (pending >= 0 && !afterZero) {
                    return -1; // two digits in a row (十四五) is a name, not a number
                }
                afterZero = digit == 0;
                pending = digit;
            } else if (unit > 0) {
                if (lastUnit != 0 && unit >= lastUnit) {
                    return -1;
                }
                if (pending < 0) {
                    if (unit != 10 || i != from) {
                        return -1;
                    }
                    pending = 1; // 十八
                }
                total += (long) pending * unit;
                pending = -1;
                lastUnit = unit;
                afterZero = false;
            } else {
                return -1;
            }
        }
        if (pending > 0) {
            total += lastUnit >= 100 && to - from >= 2 && digit(s.charAt(to - 2)) < 0 ? (long) pending * lastUnit / 10 : pending;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
