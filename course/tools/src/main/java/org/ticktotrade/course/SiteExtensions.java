package org.ticktotrade.course;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * Registers the site's extensions with any Asciidoctor that has this jar on its class path: AsciidoctorJ
 * finds this class through META-INF/services, so the Maven plugin (which has course-tools as a plugin
 * dependency) and the tests register exactly the same set.
 */
public final class SiteExtensions implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry()
                .blockMacro(QuizMacro.class)
                .blockMacro(HintsMacro.class)
                .blockMacro(ModuleMacro.class)
                .blockMacro(WeeksMacro.class)
                .blockMacro(BenchChartMacro.class)
                .postprocessor(PageChrome.class);
    }
}
