package org.apertura;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every component has a bean name of its own. Two classes of the same simple name in two modules (a module's
 * {@code web.BudgetCharts} and another's) would stop the whole application from starting; this names them at once.
 */
class BeanNamesTest {

    @Test
    void everyComponentHasABeanNameOfItsOwn() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, List<String>> byName = new TreeMap<>();
        for (BeanDefinition component : scanner.findCandidateComponents("org.apertura")) {
            byName.computeIfAbsent(names.generateBeanName(component, registry), n -> new ArrayList<>())
                    .add(component.getBeanClassName());
        }
        assertThat(byName).hasSizeGreaterThan(100);
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
                .isEmpty();
    }
}
