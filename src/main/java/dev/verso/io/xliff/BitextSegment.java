package dev.verso.io.xliff;

import dev.verso.io.xliff.XmlTree.Element;

/**
 * One pre-aligned segment of an XLIFF or TMX file: an XLIFF 1.2 {@code trans-unit}, an XLIFF 2
 * {@code segment} or a TMX {@code tu}.
 *
 * @param unitId the id of the unit ({@code trans-unit}/{@code unit} id, TMX {@code tuid} or index)
 * @param id the segment's id in reports: the unit id, with {@code /segment id} when a unit has
 *     several
 * @param line the 1-based line the segment starts on
 * @param unit the unit element ({@code trans-unit}, {@code unit} or {@code tu})
 * @param source the source text
 * @param target the target text, or null when there is none
 * @param state the translation state as written ({@code state} attribute), or null
 * @param translated true when the segment has a non-blank target whose state is not initial/new
 */
public record BitextSegment(
    String unitId,
    String id,
    int line,
    Element unit,
    SegmentText source,
    SegmentText target,
    String state,
    boolean translated) {}
