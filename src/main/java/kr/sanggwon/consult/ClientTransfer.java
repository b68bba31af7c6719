package kr.sanggwon.consult;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;

/**
 * One client with its consultations, scenarios (with their 현장 조사 and 디지털 전환 진단 answers), 관심 목록 and
 * 사후 점검 months as one encrypted file, to move a case between laptops. The file is
 * {@code "SGCLIENT" | version | PBKDF2 iterations | 16-byte salt | AES-GCM sealed JSON}; the key comes from a passphrase
 * chosen for the transfer (not the vault's), and the header is the GCM associated data, so a changed byte anywhere —
 * or a wrong passphrase — makes the file refuse to open. Imported cases get new ids; a failed import removes what it
 * added.
 */
public final class ClientTransfer {
    public static final String EXTENSION = ".sgclient";
    private static final byte[] MAGIC = "SGCLIENT".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    /** What the sealed JSON holds: 1 = client, consultations, scenarios, 관심 목록; 2 = also 현장 조사, 디지털 전환 진단, 사후 점검. */
    static final int FORMAT = 2;
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ConsultService service;
    private final int iterations;

    public ClientTransfer(ConsultService service) {
        this(service, CaseVault.ITERATIONS);
    }

    /** For tests: fewer PBKDF2 iterations. */
    ClientTransfer(ConsultService service, int iterations) {
        this.service = service;
        this.iterations = iterations;
    }

    /** Format 2 adds the 사후 점검 months ({@code actuals}); {@code watches} (관심 목록) is absent from files written before it existed. */
    record Payload(int format, ClientInput client, List<Visit> consultations, List<Watching> watches, List<Sold> actuals) {
    }

    /** One month of actual sales; {@code visit} and {@code scenario} index the scenario it was recorded against (null: none). */
    record Sold(String month, long sales, Integer visit, Integer scenario) {
    }

    /** One 관심 목록 entry: codes and the note. */
    record Watching(String district, String industry, String note) {
    }

    /**
     * A consultation with dates as ISO text (the JSON mapper has no java.time module), its scenario snapshots and, at the
     * same index, each scenario's 현장 조사 and 디지털 전환 진단 answers (null: none; both lists absent in format 1 files).
     */
    record Visit(String heldOn, String place, String notes, String nextSteps, String followUpOn, List<ScenarioSnapshot> scenarios,
                 List<FieldSurvey> surveys, List<kr.sanggwon.digital.DigitalCheckup> checkups) {
    }

    /** Writes client {@code id} to {@code target} sealed by {@code passphrase}; the vault must be unlocked. */
    public void export(long id, Path target, char[] passphrase) {
        checkPassphrase(passphrase);
        Client c = service.client(id);
        List<Visit> visits = new ArrayList<>();
        java.util.Map<Long, int[]> where = new java.util.HashMap<>();   // scenario id → visit and scenario index
        SealedScenarioPayloads<FieldSurvey> surveys = service.surveyAnswers();
        SealedScenarioPayloads<kr.sanggwon.digital.DigitalCheckup> checkups = service.digitalAnswers();
        for (Consultation k : service.consultations(id)) {
            List<ScenarioSnapshot> snaps = new ArrayList<>();
            List<FieldSurvey> answers = new ArrayList<>();
            List<kr.sanggwon.digital.DigitalCheckup> digital = new ArrayList<>();
            for (Scenario s : service.scenarios(k.id())) {
                where.put(s.id(), new int[] {visits.size(), snaps.size()});
                snaps.add(s.snapshot());
                answers.add(surveys.read(s.id()).orElse(null));
                digital.add(checkups.read(s.id()).orElse(null));
            }
            visits.add(new Visit(k.heldOn().toString(), k.place(), k.notes(), k.nextSteps(),
                    k.followUpOn() == null ? null : k.followUpOn().toString(), snaps, answers, digital));
        }
        List<Sold> sold = new ArrayList<>();
        for (ActualSales a : service.afterOpening().of(id)) {
            int[] at = a.scenarioId() == null ? null : where.get(a.scenarioId());
            sold.add(new Sold(a.month().toString(), a.sales(), at == null ? null : at[0], at == null ? null : at[1]));
        }
        Payload p = new Payload(FORMAT, new ClientInput(c.name(), c.phone(), c.email(), c.idea(), c.industry(), c.budget(),
                c.targetCustomers(), c.notes()), visits, service.watchList().entries(id).stream()
                .map(w -> new Watching(w.district(), w.industry(), w.note())).toList(), sold);
        byte[] salt = FieldCipher.random(16);
        byte[] header = header(iterations, salt);
        SecretKey key = CaseVault.derive(passphrase, salt, iterations);
        byte[] plain = null;
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            plain = JSON.writeValueAsBytes(p);
            byte[] sealed = FieldCipher.seal(key, aad(header), plain);
            Files.write(part, ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConsultException("transfer.cannotWrite", target, e.getMessage());
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // only ciphertext was in it
            }
        }
    }

    /** Adds the case in {@code file} as a new client; returns it. Wrong passphrase or a damaged file changes nothing. */
    public Client importFile(Path file, char[] passphrase) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConsultException("transfer.cannotRead", file.getFileName(), e.getMessage());
        }
        int headerLength = MAGIC.length + 1 + 4 + 16;
        if (all.length <= headerLength || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC) || all[MAGIC.length] != VERSION) {
            throw new ConsultException("transfer.notATransferFile", file.getFileName());
        }
        ByteBuffer b = ByteBuffer.wrap(all);
        b.position(MAGIC.length + 1);
        int iters = b.getInt();
        byte[] salt = new byte[16];
        b.get(salt);
        if (iters < 1_000 || iters > 10_000_000) {
            throw new ConsultException("transfer.notATransferFile", file.getFileName());
        }
        byte[] header = Arrays.copyOf(all, headerLength);
        byte[] plain;
        try {
            plain = FieldCipher.open(CaseVault.derive(passphrase, salt, iters), aad(header),
                    Arrays.copyOfRange(all, headerLength, all.length));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ConsultException("transfer.wrongPassphraseOrDamaged", file.getFileName());
        }
        Payload p;
        try {
            p = JSON.readValue(plain, Payload.class);
        } catch (IOException e) {
            throw new ConsultException("transfer.notATransferFile", file.getFileName());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        return add(p);
    }

    private Client add(Payload p) {
        Client c = service.addClient(p.client());
        try {
            List<List<Long>> ids = new ArrayList<>();   // new scenario ids by visit and scenario index
            SealedScenarioPayloads<FieldSurvey> surveys = service.surveyAnswers();
            SealedScenarioPayloads<kr.sanggwon.digital.DigitalCheckup> checkups = service.digitalAnswers();
            for (Visit v : p.consultations() == null ? List.<Visit>of() : p.consultations()) {
                Consultation k = service.addConsultation(c.id(), new ConsultationInput(LocalDate.parse(v.heldOn()), v.place(), v.notes(),
                        v.nextSteps(), v.followUpOn() == null ? null : LocalDate.parse(v.followUpOn())));
                List<Long> made = new ArrayList<>();
                List<ScenarioSnapshot> snaps = v.scenarios() == null ? List.of() : v.scenarios();
                for (int i = 0; i < snaps.size(); i++) {
                    long sid = service.saveSnapshot(k.id(), snaps.get(i)).id();
                    made.add(sid);
                    FieldSurvey answers = at(v.surveys(), i);
                    if (answers != null) {
                        surveys.write(sid, null, answers.validated());   // a new scenario: its first survey
                    }
                    kr.sanggwon.digital.DigitalCheckup digital = at(v.checkups(), i);
                    if (digital != null) {
                        checkups.write(sid, null, digital);
                    }
                }
                ids.add(made);
            }
            for (Watching w : p.watches() == null ? List.<Watching>of() : p.watches()) {
                service.watchList().restore(c.id(), w.district(), w.industry(), w.note());
            }
            for (Sold s : p.actuals() == null ? List.<Sold>of() : p.actuals()) {
                Long scenario = s.visit() == null || s.scenario() == null || s.visit() >= ids.size()
                        || s.scenario() >= ids.get(s.visit()).size() ? null : ids.get(s.visit()).get(s.scenario());
                service.afterOpening().restore(c.id(), scenario, java.time.YearMonth.parse(s.month()), s.sales());
            }
            return c;
        } catch (RuntimeException e) {
            // all or nothing: the consultations and scenarios go with the client (ON DELETE CASCADE)
            service.deleteClient(c.id());
            throw e;
        }
    }

    private static <T> T at(List<T> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }

    private static void checkPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < CaseVault.MIN_PASSPHRASE) {
            throw new ConsultException("consult.vault.tooShort", CaseVault.MIN_PASSPHRASE);
        }
    }

    private static byte[] header(int iterations, byte[] salt) {
        return ByteBuffer.allocate(MAGIC.length + 1 + 4 + salt.length).put(MAGIC).put(VERSION).putInt(iterations).put(salt).array();
    }

    private static String aad(byte[] header) {
        return "client-transfer:" + Base64.getEncoder().encodeToString(header);
    }
}
