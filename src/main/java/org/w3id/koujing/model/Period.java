package org.w3id.koujing.model;

import java.time.LocalDate;
import java.util.Optional;

/** The inclusive time span a figure covers; either end may be open ("as of the end of 2025"). */
public record Period(Optional<LocalDate> start, Optional<LocalDate> end) {

    public Period {
        if (start.isEmpty() && end.isEmpty()) {
            throw new IllegalArgumentException("a period needs at least one end");
        }
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("a period cannot end before it starts: " + start.get() + ".." + end.get());
        }
    }

    public static Period between(LocalDate start, LocalDate end) {
        return new Period(Optional.of(start), Optional.of(end));
    }

    public static Period years(int first, int last) {
        return between(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public static Period endingOn(LocalDate end) {
        return new Period(Optional.empty(), Optional.of(end));
    }
}
