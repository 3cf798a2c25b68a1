package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rollcall's one class inside OpenPDF's package (it must be here: {@code writeFont} is package-private, and
 * the WAR's classes share the deployment class loader with the OpenPDF jar, so the override is seen). A
 * TrueType font whose embedded subset is made once and written as the same compressed bytes into every PDF,
 * instead of subsetting and compressing again per file (1.2 ms per font per file, most of a separate
 * printout's export). Each file's subset covers every glyph the file uses plus all of Basic Latin, Latin-1,
 * Latin Extended-A and common punctuation, so files of ordinary English text all share one program; a file
 * with a character outside those gets (and caches) a subset of its own. Widths and ToUnicode follow the same
 * glyph set, so the font stays valid for PDF/A-2a and PDF/UA-1; no /CIDSet is written (optional, and OpenPDF's
 * lists the whole font). Safe between threads: the cached streams are only read once made.
 */
public final class SharedSubsetFont extends TrueTypeFontUnicode {
    /** Basic Latin, Latin-1, Latin Extended-A, dashes, quotes, bullet, ellipsis, euro. */
    private static final int[][] RANGES = {{0x20, 0x7e}, {0xa0, 0x17f}, {0x2010, 0x2027}, {0x20ac, 0x20ac}};
    /** Distinct glyph sets kept per font; past this the cache starts again (unusual names, long print files). */
    private static final int MAX_PROGRAMS = 32;

    private static final Map<BaseFont, BaseFont> SHARED = new ConcurrentHashMap<>();
    private static final Method CID_FONT =
            privateMethod("getCIDFontType2", PdfIndirectReference.class, String.class, int[][].class);
    private static final Method TO_UNICODE = privateMethod("getToUnicode", int[][].class);
    private static final Method TYPE0_FONT =
            privateMethod("getFontBaseType", PdfIndirectReference.class, String.class, PdfIndirectReference.class);

    private final Map<Glyphs, Program> programs = new ConcurrentHashMap<>();
    /** The glyphs of the ranges, and their program: most files use nothing else (racy but idempotent). */
    private volatile BitSet rangeGlyphs;

    private volatile Program rangesProgram;

    private SharedSubsetFont(TrueTypeFontUnicode font) throws DocumentException, IOException {
        super(font.fileName + font.style, font.encoding, font.embedded, font.getFullFont(), false);
    }

    /** The shared-subset twin of an embedded, subset TrueType font (Identity-H); any other font unchanged. */
    public static BaseFont of(BaseFont font) {
        if (!(font instanceof TrueTypeFontUnicode unicode)
                || font instanceof SharedSubsetFont
                || !font.isEmbedded()
                || !font.isSubset()
                || unicode.cff
                || unicode.directoryOffset != 0) {
            return font;
        }
        return SHARED.computeIfAbsent(font, f -> {
            try {
                return new SharedSubsetFont(unicode);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Could not read font " + f.getPostscriptFontName(), e);
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        HashMap<Integer, int[]> used = (HashMap<Integer, int[]>) params[0];
        Program program = withinRanges(used) ? rangesProgram() : programFor(used);
        PdfIndirectReference file = writer.addToBody(program.fontFile()).getIndirectReference();
        PdfIndirectReference descriptor =
                writer.addToBody(program.descriptor(file)).getIndirectReference();
        PdfIndirectReference cidFont =
                writer.addToBody(program.cidFont(descriptor)).getIndirectReference();
        PdfIndirectReference toUnicode = writer.addToBody(program.toUnicode()).getIndirectReference();
        writer.addToBody(call(TYPE0_FONT, cidFont, program.prefix(), toUnicode), ref);
    }

    /** Whether the file uses no glyph outside the ranges: then its font is the ranges' own, made once. */
    private boolean withinRanges(HashMap<Integer, int[]> used) {
        BitSet ranges = rangeGlyphs();
        for (Integer glyph : used.keySet()) {
            if (!ranges.get(glyph)) {
                return false;
            }
        }
        return true;
    }

    private BitSet rangeGlyphs() {
        BitSet glyphs = rangeGlyphs;
        if (glyphs == null) {
            glyphs = new BitSet();
            HashMap<Integer, int[]> ranges = new HashMap<>();
            addRanges(ranges);
            ranges.keySet().forEach(glyphs::set);
            rangeGlyphs = glyphs;
        }
        return glyphs;
    }

    private Program rangesProgram() {
        Program program = rangesProgram;
        if (program == null) {
            program = programFor(new HashMap<>());
            rangesProgram = program;
        }
        return program;
    }

    private Program programFor(HashMap<Integer, int[]> used) {
        addRanges(used);
        int[][] metrics = used.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        Glyphs glyphs = new Glyphs(Arrays.stream(metrics).mapToInt(m -> m[0]).toArray());
        if (programs.size() >= MAX_PROGRAMS && !programs.containsKey(glyphs)) {
            programs.clear();
        }
        return programs.computeIfAbsent(glyphs, g -> program(used, metrics));
    }

    private void addRanges(HashMap<Integer, int[]> used) {
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                int[] glyph = cmap31 == null ? null : cmap31.get(c);
                if (glyph != null) {
                    used.putIfAbsent(glyph[0], new int[] {glyph[0], glyph[1], c});
                }
            }
        }
    }

    private Program program(HashMap<Integer, int[]> used, int[][] metrics) {
        try {
            byte[] subset = new TrueTypeFontSubSet(
                            fileName, new RandomAccessFileOrArray(rf), used, directoryOffset, false, false)
                    .process();
            PdfStream fontFile = new StreamFont(subset, new int[] {subset.length}, compressionLevel);
            String prefix = createSubsetPrefix();
            // the descriptor and the CID font (with its widths) once; each file's copy points at its own objects
            PdfDictionary descriptor = getFontDescriptor(null, prefix, null);
            PdfDictionary cidFont = call(CID_FONT, null, prefix, metrics);
            return new Program(fontFile, call(TO_UNICODE, (Object) metrics), prefix, descriptor, cidFont);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not subset font " + getPostscriptFontName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T call(Method method, Object... arguments) {
        try {
            return (T) method.invoke(this, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("OpenPDF's " + method.getName() + " failed", e);
        }
    }

    /** The three builders TrueTypeFontUnicode keeps private (checked against OpenPDF 1.3.43). */
    private static Method privateMethod(String name, Class<?>... parameters) {
        try {
            Method method = TrueTypeFontUnicode.class.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("OpenPDF changed: no TrueTypeFontUnicode." + name, e);
        }
    }

    /** A subset's objects, shared read-only by every file that embeds it. */
    private record Program(
            PdfStream fontFile, PdfStream toUnicode, String prefix, PdfDictionary descriptor, PdfDictionary cidFont) {
        PdfDictionary descriptor(PdfIndirectReference file) {
            return copy(descriptor, PdfName.FONTFILE2, file);
        }

        PdfDictionary cidFont(PdfIndirectReference descriptor) {
            return copy(cidFont, PdfName.FONTDESCRIPTOR, descriptor);
        }

        private static PdfDictionary copy(PdfDictionary template, PdfName key, PdfIndirectReference value) {
            PdfDictionary copy = new PdfDictionary();
            copy.merge(template);
            copy.put(key, value);
            return copy;
        }
    }

    private record Glyphs(int[] ids) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Glyphs g && Arrays.equals(ids, g.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }
}
