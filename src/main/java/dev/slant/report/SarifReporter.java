package dev.slant.report;

import dev.slant.text.Work;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, for code scanning services (GitHub code scanning and others): one run,
 * a rules table with help text and links for the rules that found something, results with
 * regions in code points ({@code columnKind: unicodeCodePoints}) and
 * {@code partialFingerprints} that survive edits elsewhere in a draft. Files that could
 * not be read become tool execution notifications.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "slant/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<ReportingDescriptor> rules = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (LintResult r : report.results()) {
            Work.step();
            if (r.failed()) {
                notifications.add(new Notification().withLevel(Notification.Level.ERROR)
                        .withMessage(new Message().withText("cannot read '" + r.path() + "': " + r.error()))
                        .withLocations(new LinkedHashSet<>(List.of(new Location().withPhysicalLocation(
                                new PhysicalLocation().withArtifactLocation(artifact(r.path())))))));
                continue;
            }
            for (Finding f : r.findings()) {
                Work.step();
                Integer i = index.get(f.rule());
                if (i == null) {
                    i = rules.size();
                    index.put(f.rule(), i);
                    rules.add(descriptor(f, RuleText.of(report, f)));
                }
                results.add(result(r, f, i));
            }
        }
        ToolComponent driver = new ToolComponent().withName("slant").withVersion(report.toolVersion())
                .withSemanticVersion(report.toolVersion().replaceAll("[^0-9A-Za-z.+-]", ""))
                .withRules(rules.isEmpty() ? null : new LinkedHashSet<>(rules));
        Run run = new Run().withTool(new Tool().withDriver(driver))
                .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
                .withResults(results)
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(notifications.isEmpty())
                        .withToolExecutionNotifications(notifications.isEmpty() ? null : notifications)));
        SarifSchema210 sarif = new SarifSchema210().with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0).withRuns(List.of(run));
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, sarif);
        out.write('\n');
        out.flush();
    }

    private static ReportingDescriptor descriptor(Finding f, RuleText text) {
        ReportingDescriptor d = new ReportingDescriptor().withId(f.rule())
                .withShortDescription(new MultiformatMessageString().withText(text.summary()))
                .withFullDescription(new MultiformatMessageString().withText(text.description()))
                .withHelp(new MultiformatMessageString().withText(text.help()).withMarkdown(text.helpMarkdown()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(Messages.bySeverity(text.severity(), ReportingConfiguration.Level.ERROR,
                        ReportingConfiguration.Level.WARNING, ReportingConfiguration.Level.NOTE)))
                .withProperties(new PropertyBag().withTags(new LinkedHashSet<>(List.of(f.category()))));
        if (text.link() != null) {
            d.setHelpUri(URI.create(text.link()));
        }
        return d;
    }

    private static Result result(LintResult r, Finding f, int ruleIndex) {
        Region region = new Region().withStartLine(f.start().line()).withStartColumn(f.start().column())
                .withEndLine(f.end().line()).withEndColumn(f.end().column())
                .withCharOffset(f.start().offset()).withCharLength(f.end().offset() - f.start().offset())
                .withSnippet(new ArtifactContent().withText(sourceText(r, f)));
        PartialFingerprints fp = new PartialFingerprints();
        fp.setAdditionalProperty(FINGERPRINT_KEY, f.fingerprint());
        Result result = new Result().withRuleId(f.rule()).withRuleIndex(ruleIndex)
                .withLevel(Messages.bySeverity(f.severity(), Result.Level.ERROR, Result.Level.WARNING, Result.Level.NOTE))
                .withMessage(new Message().withText(Messages.withSuggestions(f)))
                .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(artifact(r.path())).withRegion(region))))
                .withPartialFingerprints(fp);
        return result;
    }

    /** The characters of the file the finding covers (markup included), as SARIF snippets are. */
    private static String sourceText(LintResult r, Finding f) {
        if (f.category().equals("directive")) {
            return f.text(); // a directive's finding is its comment, as written
        }
        return r.lines().text(f.start(), f.end());
    }

    private static ArtifactLocation artifact(String path) {
        return new ArtifactLocation().withUri(Messages.uri(path).toASCIIString());
    }
}
