package kr.sanggwon;

import java.nio.file.Path;
import java.time.Duration;
import kr.sanggwon.backup.BackupService;
import kr.sanggwon.consult.CaseVault;
import kr.sanggwon.consult.ConsultRepository;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ScenarioCapture;
import kr.sanggwon.customer.CustomerService;
import kr.sanggwon.district.CodeResolver;
import kr.sanggwon.compare.CompareService;
import kr.sanggwon.district.DistrictService;
import kr.sanggwon.district.LookalikeService;
import kr.sanggwon.district.Reference;
import kr.sanggwon.health.DataHealthService;
import kr.sanggwon.geo.DistrictShapeRepository;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.finance.FinanceService;
import kr.sanggwon.ingest.DataStatus;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.recommend.RecommendService;
import kr.sanggwon.sample.SampleLoader;
import kr.sanggwon.search.DistrictCatalog;
import kr.sanggwon.search.MapMetrics;
import kr.sanggwon.store.DataDirectory;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.DatabaseLocation;
import kr.sanggwon.workspace.WorkspaceHome;
import kr.sanggwon.workspace.WorkspaceKind;
import kr.sanggwon.workspace.WorkspaceMarker;
import kr.sanggwon.wizard.WizardService;

/** The composition root: every core service is built once here and handed to the CLI or the UI. */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ImportService importService;
    private final DataStatus dataStatus;
    private final Reference reference;
    private final DataHealthService dataHealth;
    private final DistrictService districts;
    private final CustomerService customers;
    private final CompareService compare;
    private final LookalikeService lookalike;
    private final SampleLoader sampleLoader;
    private final DistrictCatalog districtCatalog;
    private final MapMetrics mapMetrics;
    private final DistrictShapeRepository districtShapes;
    private final EstimateService estimateService;
    private final WorkspaceMarker workspaceMarker;
    private final CodeResolver codeResolver;
    private final FinanceService financeService;
    private final RecommendService recommend;
    private final kr.sanggwon.recommend.huff.HuffService huff;
    private final ConsultService consult;
    private final BackupService backups;
    private final WizardService wizard;

    private AppContext(Database database) {
        this.database = database;
        this.importService = new ImportService(database);
        this.dataStatus = new DataStatus(database);
        this.reference = new Reference(database);
        this.dataHealth = new DataHealthService(database);
        this.districts = new DistrictService(reference, dataHealth);
        this.customers = new CustomerService(reference);
        this.compare = new CompareService(districts, customers);
        this.lookalike = new LookalikeService(reference);
        this.sampleLoader = new SampleLoader(database, importService);
        this.districtCatalog = new DistrictCatalog(database);
        this.mapMetrics = new MapMetrics(database);
        this.districtShapes = new DistrictShapeRepository(database);
        this.estimateService = new EstimateService(database);
        this.workspaceMarker = new WorkspaceMarker(database);
        this.codeResolver = new CodeResolver(reference);
        this.financeService = new FinanceService(database, estimateService);
        this.recommend = new RecommendService(database, dataHealth, estimateService);
        this.huff = new kr.sanggwon.recommend.huff.HuffService(database);
        CaseVault vault = new CaseVault(new ConsultRepository.KeyTable(database), CONSULT_IDLE_LOCK);
        this.consult = new ConsultService(vault, new ConsultRepository(database, vault),
                new ScenarioCapture(estimateService, districts, customers,
                        new ScenarioCapture.Analyses(financeService, recommend, compare)), estimateService);
        consult.idleLock().apply();   // this workspace's own idle time, if the consultant changed it
        this.backups = new BackupService(database);
        importService.beforeEachImport(backups::beforeImport);
        this.wizard = new WizardService(recommend, financeService);
    }

    /** 상담 locks itself after this long without use, until the workspace's own setting ({@link kr.sanggwon.consult.IdleLock}). */
    public static final Duration CONSULT_IDLE_LOCK = Duration.ofMinutes(kr.sanggwon.consult.IdleLock.DEFAULT_MINUTES);

    /**
     * Opens the data folder ({@code explicit}, else SANGGWON_HOME, else the per-user app-data folder). When that
     * folder is the app's home of workspaces, the workspace in use there is opened.
     */
    public static AppContext open(Path explicit) {
        return openFolder(WorkspaceHome.workspaceFolder(DataDirectory.resolve(explicit)));
    }

    /** This computer's folder for the side files of a shared database (logs, rejected rows), inside the data folder. */
    public static final String SHARED_FOLDER = "shared-database";

    /**
     * Opens the database at {@code location}: like {@link #open(Path)} for the embedded one; for a shared server its
     * side files go to {@value #SHARED_FOLDER} in the data folder, and a new server database is marked as the users'
     * own data (the sample never goes onto a shared server).
     */
    public static AppContext open(Path explicit, DatabaseLocation location) {
        if (location.embedded()) {
            return open(explicit);
        }
        AppContext context = new AppContext(Database.open(DataDirectory.resolve(explicit).resolve(SHARED_FOLDER), location));
        try {
            if (context.workspaceMarker.read().isEmpty()) {
                context.workspaceMarker.mark(WorkspaceKind.OWN, null);
            }
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Opens exactly this workspace folder (the app, after it chose a workspace of its home). */
    public static AppContext openFolder(Path workspaceFolder) {
        return new AppContext(Database.open(workspaceFolder));
    }

    /**
     * Opens the data folder for the app: like {@link #open}, and on first start (nothing imported yet) loads the
     * bundled sample data so the app shows data at once. The CLI uses {@link #open}, which never adds data.
     */
    public static AppContext openForApp(Path explicit, Progress progress) {
        return openForApp(explicit, DatabaseLocation.EMBEDDED, progress);
    }

    /** {@link #openForApp(Path, Progress)} on {@code location}; a shared server never gets the sample data. */
    public static AppContext openForApp(Path explicit, DatabaseLocation location, Progress progress) {
        if (!location.embedded()) {
            return open(explicit, location);
        }
        AppContext context = open(explicit);
        try {
            context.sampleLoader.loadIfEmpty(progress);
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public BackupService backups() {
        return backups;
    }

    public Database database() {
        return database;
    }

    public ImportService importService() {
        return importService;
    }

    public DataStatus dataStatus() {
        return dataStatus;
    }

    public Reference reference() {
        return reference;
    }

    public DataHealthService dataHealth() {
        return dataHealth;
    }

    public DistrictService districts() {
        return districts;
    }

    public CustomerService customers() {
        return customers;
    }

    public CompareService compare() {
        return compare;
    }

    public LookalikeService lookalike() {
        return lookalike;
    }

    /** First-run loading and reset to the bundled sample data ({@code resetToSample(Progress)} for the menu). */
    public SampleLoader sampleLoader() {
        return sampleLoader;
    }

    /** 상권 catalog for as-you-type search (cached until the data changes). */
    public DistrictCatalog districtCatalog() {
        return districtCatalog;
    }

    /** Per-district metrics of the latest quarter for the map. */
    public MapMetrics mapMetrics() {
        return mapMetrics;
    }

    /** District boundaries imported from the 영역 shapefile. */
    public DistrictShapeRepository districtShapes() {
        return districtShapes;
    }

    /** Expected sales: trained models, estimates with range and drivers. */
    public EstimateService estimateService() {
        return estimateService;
    }

    /** What this workspace is (sample or own), stored in its database. */
    public WorkspaceMarker workspaceMarker() {
        return workspaceMarker;
    }

    /** What a user typed for a district or an industry (code, lower-case code, name) → the code in the data. */
    public CodeResolver codeResolver() {
        return codeResolver;
    }

    /** 수익 분석: P&L, break-even, payback and loss probability of a shop plan. */
    public FinanceService financeService() {
        return financeService;
    }

    /** 유망 상권: districts ranked for an industry, industries for a district. */
    /** 걸어서 닿는 경쟁: Huff share of a new shop against SEMAS listings. */
    public kr.sanggwon.recommend.huff.HuffService huff() {
        return huff;
    }

    public RecommendService recommend() {
        return recommend;
    }

    /** 상담: encrypted case files (clients, consultations, scenarios) behind the consultant's passphrase. */
    public ConsultService consult() {
        return consult;
    }

    /** 디지털 전환 진단 of 상담 scenarios: 수익 분석 with the workspace's editable cost and programme files. */
    public kr.sanggwon.consult.DigitalCheckups digital() {
        return consult.digital(new kr.sanggwon.digital.DigitalService(financeService, database.folder()));
    }

    /** 상담 리포트: a consultation's saved scenarios as a Korean PDF, with the system's Korean font. */
    public kr.sanggwon.report.ReportService report() {
        return new kr.sanggwon.report.ReportService(consult, kr.sanggwon.report.KoreanFontFinder.system(),
                java.time.Clock.systemDefaultZone());
    }

    /** 무엇을, 어디서, 얼마로?: the owner's three questions answered on one page. */
    public WizardService wizard() {
        return wizard;
    }

    @Override
    public void close() {
        database.close();
    }
}
