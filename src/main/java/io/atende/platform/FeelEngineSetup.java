package io.atende.platform;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the {@link CachingFeelEngine}: Camunda's own FEEL integration
 * ({@link ScalaFeelEngine}: value mappers, Spin, custom functions, no external functions), with the
 * feel-scala engine underneath parsing each expression once. Only when no DMN engine configuration
 * was set already (a test or an operator's own plugin wins).
 */
@Component
class FeelEngineSetup extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getDmnEngineConfiguration() != null) {
            return;
        }
        DefaultDmnEngineConfiguration dmn =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // The engine hands its custom function providers to this configuration after preInit; read them then.
        dmn.setFeelEngineFactory(new Factory(dmn::getFeelCustomFunctionProviders));
        configuration.setDmnEngineConfiguration(dmn);
    }

    /** Creates Camunda's FEEL integration on top of a {@link CachingFeelEngine}. */
    static final class Factory implements FeelEngineFactory {

        private final Supplier<List<FeelCustomFunctionProvider>> providers;

        Factory(Supplier<List<FeelCustomFunctionProvider>> providers) {
            this.providers = providers;
        }

        @Override
        public FeelEngine createInstance() {
            List<FeelCustomFunctionProvider> custom = providers.get();
            return new ScalaFeelEngine(custom == null ? List.of() : custom) {
                @Override
                protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                        ValueMapper.CompositeValueMapper valueMapper) {
                    // As ScalaFeelEngine's builder: external (Java) functions disabled, the default clock.
                    return new CachingFeelEngine(functions, valueMapper,
                            new org.camunda.feel.FeelEngine.Configuration(false),
                            org.camunda.feel.FeelEngine.defaultClock());
                }
            };
        }
    }
}
