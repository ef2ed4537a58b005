package org.scoexplorer.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.SummitStatistics;

class OverviewModelTest {
    private final DatasetIndex index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
    private final OverviewModel model = new OverviewModel(index, new SummitStatistics(index));

    @Test
    void theSummitAtAGlance() {
        assertThat(model.heading()).contains("24th");
        assertThat(model.when()).isEqualTo("3–4 July 2024 · Palace of Independence, Astana, Kazakhstan");
        assertThat(model.documentsReported()).startsWith("25 reported (24 announced beforehand); 1 not identified");
    }

    @Test
    void figuresAreComputedFromTheData() {
        assertThat(model.membershipFigure()).isEqualTo("10 member states · 2 observers · 14 dialogue partners · 1 guest of the chair");
        assertThat(model.documentFigure()).isEqualTo("24 identified: 1 declaration, 19 decisions, 3 statements, 1 agreement");
        // World Bank 2023: members ~3.41 bn of 8.06 bn people, ~US$ 24.6 tn of 105.4 tn (fact sheet)
        assertThat(model.populationShare()).startsWith("42.").contains("World Bank, 2023");
        assertThat(model.gdpShare()).startsWith("23.").contains("nominal").contains("World Bank");
    }

    @Test
    void dateRangesReadNaturally() {
        assertThat(OverviewModel.dateRange("2024-07-03", "2024-07-04")).isEqualTo("3–4 July 2024");
        assertThat(OverviewModel.dateRange("2025-08-31", "2025-09-01")).isEqualTo("31 August – 1 September 2025");
        assertThat(OverviewModel.dateRange("2023-07-04", "2023-07-04")).isEqualTo("4 July 2023");
        assertThat(OverviewModel.count(1, "document")).isEqualTo("1 document");
        assertThat(OverviewModel.count(0, "statement")).isEqualTo("0 statements");
    }
}
