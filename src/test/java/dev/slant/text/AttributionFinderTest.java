package dev.slant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution relations in every order news uses. Each row: the text, then the expected
 * relations as "cue / source / content" (a dash for none), separated by " | ".
 */
class AttributionFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "The minister said the bridge would reopen in May.                # said / The minister / the bridge would reopen in May",
        "The bridge will reopen in May, the minister said.                # said / the minister / The bridge will reopen in May",
        "The bridge will reopen in May, said Transport Minister Ana Ruiz.  # said / Transport Minister Ana Ruiz / The bridge will reopen in May",
        "According to the ministry, the bridge will reopen in May.        # According to / the ministry / the bridge will reopen in May",
        "The bridge will reopen in May, according to the ministry.        # according to / the ministry / The bridge will reopen in May",
        "The ministry's report found that repairs cost $4 million.        # found / The ministry's report / repairs cost $4 million",
        "Repairs cost $4 million, the ministry said in a statement.       # said in a statement / the ministry / Repairs cost $4 million",
        "“We will finish in May,” the minister said.                       # said / the minister / “We will finish in May,”",
        "The minister said: “We will finish in May.”                       # said: / The minister / “We will finish in May.”",
        "Ruiz, a former engineer who has led the ministry since 2021, told reporters the work was on time. # told reporters / Ruiz / the work was on time",
        "Polls show the mayor ahead by six points.                         # show / Polls / the mayor ahead by six points",
        "The leak was first reported by the Daily Courier.                 # reported / the Daily Courier / The leak",
        "The leader reportedly fled the capital.                           # reportedly / - / The leader reportedly fled the capital.",
        "The council added 200 jobs last year.                             # ",
        "The report is due on Friday.                                      # ",
        "The show aired on Monday.                                         # ",
        "Ruiz attacked the plan on Monday.                                 # attacked / Ruiz / the plan on Monday",
        "She issued a warning to landlords.                                # issued / She / a warning to landlords",
        "The attacks on the plan began on Monday.                          # ",
        "Ruiz supports the plan.                                           # ",
        "Prosecutors declined to proceed with the case.                    # declined / Prosecutors / proceed with the case",
        "Ruiz camp: the bridge will reopen in May.                         # : / Ruiz camp / the bridge will reopen in May",
        "Update: the bridge will reopen in May.                            # ",
        "Ruiz brushed off the criticism.                                   # brushed off / Ruiz / the criticism",
        "Ruiz is expected to lay out the plan.                             # is expected to / Ruiz / lay out the plan",
        "Ruiz distanced herself from the plan.                             # distanced herself from / Ruiz / the plan",
        "Ruiz will sing the praises of the plan.                           # ",
        "Ruiz downplayed the delay.                                        # downplayed / Ruiz / the delay",
        "Ruiz said she wants a vote on the plan.                           # said / Ruiz / she wants a vote on the plan",
        "Ruiz says the plan works, and critics call it a fiasco.            # says / Ruiz / the plan works, and critics call it a fiasco | call / critics / it a fiasco",
        "Ruiz may want a vote on the plan.                                 # ",
        "The study aims to show that the plan works.                       # ",
        "Ruiz, meanwhile, hopes that the vote will pass.                   # hopes / Ruiz / the vote will pass",
        "The plan helps farmers, who want to cut costs.                    # want / - / cut costs",
        "Ruiz, who has led the council since 2021, attacked the plan.      # attacked / Ruiz / the plan",
        "Ruiz said she would ask the council for a vote.                   # said / Ruiz / she would ask the council for a vote",
        "“It will pass,” he continued, citing the polls.                   # continued / he / “It will pass,” | citing / the polls / “It will pass,” he continued",
        "“Really,” she added when the host laughed.                        # added / she / “Really,”",
        "The “Never Trump” movement continues to grow.                     # ",
        "With Ruiz reportedly ill, a poll found that the mayor leads.      # reportedly / - / With Ruiz reportedly ill, a poll found that the mayor leads. | found / a poll / the mayor leads",
        "Still, the Courier reported that the mayor had resigned.          # reported / the Courier / the mayor had resigned",
        "In the interview, Ruiz said the plan had failed.                  # said / Ruiz / the plan had failed",
        "The plan had failed, Ruiz said on Tuesday.                        # said / Ruiz / The plan had failed",
        "In an interview, Ruiz said the mayor of the northern town, a friend, had resigned. # said / Ruiz / the mayor of the northern town, a friend, had resigned",
        "The plan had failed, Ruiz said at a rally.                        # said / Ruiz / The plan had failed",
        "“Is it over?” Ruiz said.                                          # said / Ruiz / “Is it over?”",
        "He called it “dear to my heart.” He said he misses the town.      # called / He / it “dear to my heart.” | said / He / he misses the town",
        "The rival raised eligibility questions.                           # ",
        "Prices will rise, a study shows.                                  # shows / a study / Prices will rise",
        "Additional reporting by Ana Ruiz in Lima.                         # ",
        "Council members are wary of the plan.                             # wary / Council members / of the plan",
        "Ruiz wants a vote on the plan.                                    # wants / Ruiz / a vote on the plan",
        "The mayor was told that the budget was short.                     # told / - / the budget was short",
        "The senator was widely criticized for the vote.                   # criticized / - / for the vote",
    })
    void findsCueSourceAndContent(String text, String expected) {
        assertEquals(expected == null ? "" : expected, relations(text));
    }

    private static String relations(String text) {
        Document doc = Document.parse(text);
        List<String> out = new ArrayList<>();
        for (Attribution a : doc.attributions()) {
            out.add(part(text, a.cue()) + " / " + part(text, a.source()) + " / " + part(text, a.content()));
        }
        return String.join(" | ", out);
    }

    private static String part(String text, Span span) {
        return span == null ? "-" : text.substring(span.start(), span.end());
    }
}
