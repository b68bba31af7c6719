package kr.sanggwon.estimate;

/** A district × industry cell (district code is a 7-digit 상권 or an 8-digit 행정동 code). */
public record Cell(String district, String industry) implements java.io.Serializable {
    @Override
    public String toString() {
        return district + "×" + industry;
    }
}
