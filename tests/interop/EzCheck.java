import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.ValidationWarning;
import ezvcard.ValidationWarnings;
import ezvcard.io.ParseWarning;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.io.scribe.VCardPropertyScribe;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import ezvcard.util.TelUri;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interop check of vCard files with Debian's ez-vcard (libez-vcard-java, 0.11.2).
 *
 * <pre>
 * javac -cp /usr/share/java/ez-vcard.jar:/usr/share/java/vinnie.jar -d OUT EzCheck.java
 * java  -cp OUT:/usr/share/java/ez-vcard.jar:/usr/share/java/vinnie.jar EzCheck [--expected expected.tsv] FILE.vcf...
 * </pre>
 *
 * For each file: strict UTF-8 decoding, {@code Ezvcard.parse(text).warnings(..).all()}, every parse
 * warning and every {@code vcard.validate(version)} warning printed; any warning not in
 * {@link #ALLOWED} fails. The VERSION of each card must match the version in the file name
 * (all-4.0.vcf: 4.0). With --expected (one line per contact: versions, source, FN, TELs, EMAILs;
 * tab-separated, each field percent-encoded, lists comma-separated) the card count and each
 * card's FN, TEL set (normalised to "+E164[;ext=N]") and EMAIL set must match. The first field
 * lists the versions whose file holds the contact's card (e.g. "3.0,4.0").
 *
 * Exit 0 when all pass, 1 otherwise. Last line: "ez-vcard: N cards checked in F files, P problems".
 */
public final class EzCheck {

    /**
     * Warnings that do not fail the check, as "KIND:PROPERTY:CODE" where KIND is "parse" or
     * "validate", PROPERTY the vCard property name (e.g. TEL) or "*" for card-level warnings,
     * CODE ez-vcard's numeric warning code. One comment per entry saying why it is acceptable.
     *
     * Empty on purpose: every warning ez-vcard gives on our output is a bug to fix.
     */
    private static final Set<String> ALLOWED = Set.of(
    );

    private static final ScribeIndex SCRIBES = new ScribeIndex();
    private static final Pattern VERSION_IN_NAME = Pattern.compile("([34]\\.0)\\.vcf$");
    private static final Pattern TEXT_EXT =
            Pattern.compile("(?i)(?:;\\s*ext=|\\s*(?:ext\\.?|extension|x|poste)\\s*)(\\d+)\\s*$");

    private final List<String> problems = new ArrayList<>();
    /** Distinct warnings ("[key] message") with their count and first place, for the digest. */
    private final Map<String, int[]> digestCount = new LinkedHashMap<>();
    private final Map<String, String> digestFirst = new LinkedHashMap<>();
    private int warningsAllowed = 0;

    public static void main(String[] args) throws IOException {
        String expectedPath = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--expected")) {
                expectedPath = args[++i];
            } else {
                files.add(args[i]);
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: EzCheck [--expected expected.tsv] FILE.vcf...");
            System.exit(2);
        }
        List<String[]> expected = expectedPath == null ? null : readExpected(expectedPath);
        EzCheck check = new EzCheck();
        int cards = 0;
        for (String f : files) {
            cards += check.checkFile(f, expected);
        }
        for (String p : check.problems) {
            System.out.println("ez-vcard: FAIL " + p);
        }
        for (Map.Entry<String, int[]> e : check.digestCount.entrySet()) {
            System.out.println("ez-vcard: distinct warning x" + e.getValue()[0] + ": " + e.getKey()
                    + " (first: " + check.digestFirst.get(e.getKey()) + ")");
        }
        System.out.println("ez-vcard: " + cards + " cards checked in " + files.size() + " files, "
                + check.problems.size() + " problems"
                + (check.warningsAllowed > 0 ? " (" + check.warningsAllowed + " allow-listed warnings)" : ""));
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    private static List<String[]> readExpected(String path) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(path), StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IOException(path + ": expected 5 tab-separated fields: " + line);
            }
            rows.add(f);
        }
        return rows;
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static List<String> decList(String s) {
        List<String> out = new ArrayList<>();
        if (!s.isEmpty()) {
            for (String part : s.split(",", -1)) {
                out.add(dec(part));
            }
        }
        Collections.sort(out);
        return out;
    }

    /** "tel:+33144767539;ext=204" or "+33 1 44 76 75 39 ext. 204" to "+33144767539;ext=204". */
    static String normTel(Telephone tel) {
        String number;
        String ext = null;
        TelUri uri = tel.getUri();
        if (uri != null) {
            number = uri.getNumber();
            ext = uri.getExtension();
        } else {
            String v = tel.getText() == null ? "" : tel.getText().trim();
            if (v.toLowerCase().startsWith("tel:")) {
                // A tel: URI written as text (e.g. in 3.0 without VALUE=uri).
                String[] parts = v.substring(4).split(";");
                number = parts[0];
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].toLowerCase().startsWith("ext=")) {
                        ext = parts[i].substring(4);
                    }
                }
            } else {
                Matcher m = TEXT_EXT.matcher(v);
                number = v;
                if (m.find()) {
                    ext = m.group(1);
                    number = v.substring(0, m.start());
                }
            }
        }
        number = number.replaceAll("[\\s().\\-]", "");
        return ext == null || ext.isEmpty() ? number : number + ";ext=" + ext;
    }

    private static String propName(VCardProperty p) {
        if (p == null) {
            return "*";
        }
        if (p instanceof RawProperty) {
            return ((RawProperty) p).getPropertyName().toUpperCase();
        }
        VCardPropertyScribe<? extends VCardProperty> scribe = SCRIBES.getPropertyScribe(p);
        return scribe == null ? p.getClass().getSimpleName() : scribe.getPropertyName().toUpperCase();
    }

    private void warn(String file, int card, String kind, String prop, Integer code, String message) {
        String key = kind + ":" + prop + ":" + code;
        String line = file + " card " + card + ": " + kind + " warning [" + key + "] " + message;
        String distinct = "[" + key + "] " + message;
        digestCount.computeIfAbsent(distinct, k -> new int[1])[0]++;
        digestFirst.putIfAbsent(distinct, file + " card " + card);
        if (ALLOWED.contains(key)) {
            warningsAllowed++;
            System.out.println("ez-vcard: allowed " + line);
        } else {
            problems.add(line);
        }
    }

    private int checkFile(String file, List<String[]> expected) throws IOException {
        byte[] raw = Files.readAllBytes(Paths.get(file));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file + ": not UTF-8: " + e);
            return 0;
        }
        Matcher vm = VERSION_IN_NAME.matcher(file);
        VCardVersion wantVersion = vm.find() ? VCardVersion.valueOfByStr(vm.group(1)) : null;

        // Rows are: versions, source, FN, TELs, EMAILs; keep those whose versions include this file's.
        if (expected != null) {
            List<String[]> mine = new ArrayList<>();
            for (String[] row : expected) {
                if (wantVersion == null || Arrays.asList(row[0].split(",")).contains(wantVersion.getVersion())) {
                    mine.add(Arrays.copyOfRange(row, 1, row.length));
                }
            }
            expected = mine;
        }
        List<List<ParseWarning>> parseWarnings = new ArrayList<>();
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).warnings(parseWarnings).all();
        } catch (RuntimeException e) {
            problems.add(file + ": Ezvcard.parse failed: " + e);
            return 0;
        }
        if (expected != null && cards.size() != expected.size()) {
            problems.add(file + ": card count " + cards.size() + ", expected " + expected.size());
        }
        for (int i = 0; i < cards.size(); i++) {
            int n = i + 1;
            VCard card = cards.get(i);
            if (i < parseWarnings.size()) {
                for (ParseWarning w : parseWarnings.get(i)) {
                    String prop = w.getPropertyName() == null ? "*" : w.getPropertyName().toUpperCase();
                    warn(file, n, "parse", prop, w.getCode(),
                            (w.getLineNumber() == null ? "" : "line " + w.getLineNumber() + ": ") + w.getMessage());
                }
            }
            VCardVersion version = card.getVersion();
            if (wantVersion != null && version != wantVersion) {
                problems.add(file + " card " + n + ": VERSION " + version + ", expected " + wantVersion);
            }
            ValidationWarnings vw = card.validate(version == null ? VCardVersion.V4_0 : version);
            for (Map.Entry<VCardProperty, List<ValidationWarning>> e : vw) {
                for (ValidationWarning w : e.getValue()) {
                    warn(file, n, "validate", propName(e.getKey()), w.getCode(), w.getMessage());
                }
            }

            FormattedName fnProp = card.getFormattedName();
            String fn = fnProp == null ? null : fnProp.getValue();
            if (fn == null || fn.trim().isEmpty()) {
                problems.add(file + " card " + n + ": missing or empty FN");
            }
            List<String> tels = new ArrayList<>();
            List<String> telsRaw = new ArrayList<>();
            for (Telephone t : card.getTelephoneNumbers()) {
                tels.add(normTel(t));
                telsRaw.add(t.getUri() != null ? t.getUri().toString() : t.getText());
            }
            Collections.sort(tels);
            List<String> emails = new ArrayList<>();
            for (Email m : card.getEmails()) {
                emails.add(m.getValue());
            }
            Collections.sort(emails);

            if (expected != null && i < expected.size()) {
                String[] row = expected.get(i);
                String src = dec(row[0]);
                String wantFn = dec(row[1]);
                List<String> wantTel = decList(row[2]);
                List<String> wantEmail = decList(row[3]);
                if (!wantFn.equals(fn)) {
                    problems.add(file + " card " + n + ": FN '" + fn + "', expected '" + wantFn + "' (" + src + ")");
                }
                if (!wantTel.equals(tels)) {
                    problems.add(file + " card " + n + ": TEL " + tels + " (raw " + telsRaw + "), expected "
                            + wantTel + " (" + src + ")");
                }
                if (!wantEmail.equals(emails)) {
                    problems.add(file + " card " + n + ": EMAIL " + emails + ", expected " + wantEmail
                            + " (" + src + ")");
                }
            }
        }
        return cards.size();
    }
}
