package kr.sanggwon;

import java.nio.file.Path;
import kr.sanggwon.customer.CustomerService;
import kr.sanggwon.district.CompareService;
import kr.sanggwon.district.DistrictService;
import kr.sanggwon.district.LookalikeService;
import kr.sanggwon.district.Reference;
import kr.sanggwon.health.DataHealthService;
import kr.sanggwon.ingest.DataStatus;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.DataDirectory;
import kr.sanggwon.store.Database;

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

    private AppContext(Database database) {
        this.database = database;
        this.importService = new ImportService(database);
        this.dataStatus = new DataStatus(database);
        this.reference = new Reference(database);
        this.dataHealth = new DataHealthService(database);
        this.districts = new DistrictService(reference, dataHealth);
        this.customers = new CustomerService(reference);
        this.compare = new CompareService(reference, districts, customers);
        this.lookalike = new LookalikeService(reference);
    }

    /** Opens the data folder ({@code explicit}, else SANGGWON_HOME, else the per-user app-data folder). */
    public static AppContext open(Path explicit) {
        return new AppContext(Database.open(DataDirectory.resolve(explicit)));
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

    @Override
    public void close() {
        database.close();
    }
}
