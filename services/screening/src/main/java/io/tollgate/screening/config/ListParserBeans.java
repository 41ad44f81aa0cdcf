package io.tollgate.screening.config;

import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListParsers;
import io.tollgate.screening.domain.list.bis.BisDplTsvParser;
import io.tollgate.screening.domain.list.csl.CslCsvParser;
import io.tollgate.screening.domain.list.custom.CustomCsvParser;
import io.tollgate.screening.domain.list.eu.EuFsfXmlParser;
import io.tollgate.screening.domain.list.ofac.OfacEnhancedXmlParser;
import io.tollgate.screening.domain.list.ofac.OfacLegacyCsvParser;
import io.tollgate.screening.domain.list.uk.UkCsvParser;
import io.tollgate.screening.domain.list.uk.UkXmlParser;
import io.tollgate.screening.domain.list.un.UnXmlParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.Map;

/** Which parsers read which source's publications (tried in order; the first that accepts the content wins). */
@ApplicationScoped
public class ListParserBeans {

    @Produces
    @ApplicationScoped
    ListParsers listParsers() {
        ListParser ofacCsv = new OfacLegacyCsvParser();
        ListParser ofacXml = new OfacEnhancedXmlParser();
        return new ListParsers(Map.of(
                "ofac-sdn", List.of(ofacCsv, ofacXml),
                "ofac-consolidated", List.of(ofacXml, ofacCsv),
                "un", List.of(new UnXmlParser()),
                "eu", List.of(new EuFsfXmlParser()),
                "uk", List.of(new UkXmlParser(), new UkCsvParser()),
                "us-csl", List.of(new CslCsvParser()),
                "bis-dpl", List.of(new BisDplTsvParser())),
                List.of(new CustomCsvParser()));
    }
}
