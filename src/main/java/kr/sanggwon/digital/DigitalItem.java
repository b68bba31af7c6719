package kr.sanggwon.digital;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The checklist of 디지털 전환 진단: the digital tools a small shop commonly takes up. Their costs and sales effects are
 * data ({@link ItemCostBook}); names are texts ({@code consult.digital.item.<id>}).
 */
public enum DigitalItem {
    /** 간편결제 (QR·모바일 결제). */
    PAY("pay"),
    /** 배달앱 입점. */
    DELIVERY("delivery"),
    /** 온라인 스토어·라이브커머스. */
    ONLINE("online"),
    /** 스마트오더·키오스크. */
    ORDER("order"),
    /** SNS·지도 등록 (네이버 플레이스, 카카오맵). */
    MAP("map"),
    /** 장부·매출 관리 앱. */
    BOOKS("books");

    private final String id;

    DigitalItem(String id) {
        this.id = id;
    }

    /** The name in the data files, the CLI and message keys. */
    public String id() {
        return id;
    }

    public String key() {
        return "consult.digital.item." + id;
    }

    public static Optional<DigitalItem> byId(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.id.equals(s)).findFirst();
    }
}
