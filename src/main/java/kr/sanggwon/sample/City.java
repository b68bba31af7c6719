package kr.sanggwon.sample;

import java.util.List;

/** The synthetic city: 자치구, 행정동 and 상권 with the hidden traits that drive every dataset. */
record City(List<Gu> gus, List<Dong> dongs, List<District> districts, List<Integer> quarters) {

    record Gu(String code, String name, int x, int y, double office) {
    }

    record Dong(String code, String name, Gu gu, int x, int y, long area, double income) {
    }

    /**
     * One 상권. size scales its people; office/residential/youth/nightlife shape who comes and when; growth is its
     * quarterly trend; subway and the other counts are its attracting facilities.
     */
    record District(String code, String name, DistrictType type, Dong dong, int x, int y, long area, double size,
                    double office, double residential, double youth, double nightlife, double growth, double income,
                    Facilities facilities, int apartmentComplexes) {
        Gu gu() {
            return dong.gu();
        }
    }

    /** Attracting facilities (집객시설) of a district. */
    record Facilities(int government, int bank, int generalHospital, int hospital, int pharmacy, int kindergarten,
                      int elementary, int middle, int high, int university, int departmentStore, int supermarket,
                      int theater, int lodging, int railStation, int busTerminal, int subway, int busStop, int other) {
        long[] counts() {
            return new long[] {government, bank, generalHospital, hospital, pharmacy, kindergarten, elementary, middle, high,
                university, departmentStore, supermarket, theater, lodging, 0, railStation, busTerminal, subway, busStop};
        }

        long total() {
            long s = other;
            for (long c : counts()) {
                s += c;
            }
            return s;
        }
    }
}
