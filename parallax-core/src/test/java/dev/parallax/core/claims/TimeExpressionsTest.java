package dev.parallax.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {

  private final TimeExpressions times = new TimeExpressions();
  private static final LocalDate THURSDAY = LocalDate.of(2025, 9, 4);

  @Test
  void relativeDaysAgainstThePublicationDate() {
    List<TimeExpressions.When> w =
        times.find(
            "The attack came overnight. On Wednesday the talks failed. Earlier this month a strike began.",
            THURSDAY);
    assertThat(w)
        .extracting(TimeExpressions.When::iso)
        .containsExactly("2025-09-03/2025-09-04", "2025-09-03", "2025-09-01/2025-09-04");
  }

  @Test
  void explicitDatesTakeTheYearOfPublication() {
    assertThat(times.find("Talks were held on September 1.", THURSDAY).get(0).iso())
        .isEqualTo("2025-09-01");
    assertThat(times.find("The plant opened on 10 March 1971.", null).get(0).iso())
        .isEqualTo("1971-03-10");
    assertThat(times.find("Talks were held on September 1.", null)).isEmpty();
  }
}
