package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactTest {

    @Test
    void hidesThePasswordParameterAndUserInfo() {
        assertThat(Redact.url("jdbc:postgresql://db:5432/desk?user=kim&password=s3cr%26t!&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/desk?user=kim&password=***&ssl=true");
        assertThat(Redact.url("jdbc:postgresql://db/desk?PASSWORD=abc")).isEqualTo("jdbc:postgresql://db/desk?PASSWORD=***");
        assertThat(Redact.url("jdbc:postgresql://kim:hunter2@db/desk")).isEqualTo("jdbc:postgresql://kim:***@db/desk");
        assertThat(Redact.url("jdbc:postgresql://db/desk?user=kim")).isEqualTo("jdbc:postgresql://db/desk?user=kim");
    }

    @Test
    void hidesAKnownPasswordAnywhereInAMessage() {
        assertThat(Redact.text("FATAL: bad login 'hunter2' for url jdbc:postgresql://db/x?password=hunter2", "hunter2"))
                .doesNotContain("hunter2").contains("password=***");
        assertThat(Redact.text("nothing secret", null)).isEqualTo("nothing secret");
    }
}
