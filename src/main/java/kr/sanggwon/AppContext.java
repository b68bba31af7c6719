package kr.sanggwon;

import java.nio.file.Path;
import kr.sanggwon.geo.DistrictShapeReader;
import kr.sanggwon.ingest.DataStatus;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.DataDirectory;
import kr.sanggwon.store.Database;

/** The composition root: every core service is built once here and handed to the CLI or the UI. */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ImportService importService;
    private final DataStatus dataStatus;
    private final DistrictShapeReader districtShapes;

    private AppContext(Database database) {
        this.database = database;
        this.importService = new ImportService(database);
        this.dataStatus = new DataStatus(database);
        this.districtShapes = new DistrictShapeReader(database);
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

    /** District boundaries (상권/행정동 polygons in TM metres) for the map. */
    public DistrictShapeReader districtShapes() {
        return districtShapes;
    }

    @Override
    public void close() {
        database.close();
    }
}
