package org.blogsearch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each library belongs to the package that owns it, and the engine-neutral seam belongs to none: the
 * web and the commands reach an engine only through {@code engine}, so another engine can sit behind it.
 */
@AnalyzeClasses(packages = "org.blogsearch", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

  @ArchTest
  static final ArchRule luceneStaysInTheLuceneEngine = noClasses()
      .that().resideOutsideOfPackages("org.blogsearch.index..", "org.blogsearch.search..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
      .because("only the embedded engine (index, search) knows Lucene");

  @ArchTest
  static final ArchRule solrStaysInTheSolrEngine = noClasses()
      .that().resideOutsideOfPackage("org.blogsearch.solr..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.solr..")
      .because("only the Solr engine knows SolrJ");

  @ArchTest
  static final ArchRule theSolrEngineIsReachedOnlyThroughItsProvider = noClasses()
      .that().resideOutsideOfPackage("org.blogsearch.solr..")
      .should().dependOnClassesThat().resideInAPackage("org.blogsearch.solr..")
      .because("the Solr engine is the add-on blogsearch-solr.jar, found through engine.ClusterProvider: a class"
          + " of the plain jar that named it would fail to load where the add-on is not installed");

  @ArchTest
  static final ArchRule javalinStaysInTheWebLayer = noClasses()
      .that().resideOutsideOfPackage("org.blogsearch.web..")
      .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
      .because("only web speaks HTTP");

  @ArchTest
  static final ArchRule picocliStaysInTheCommands = noClasses()
      .that().resideOutsideOfPackage("org.blogsearch.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..")
      .because("only cli parses command lines");

  @ArchTest
  static final ArchRule theSeamKnowsNoEngine = noClasses()
      .that().resideInAPackage("org.blogsearch.engine..")
      .should().dependOnClassesThat().resideInAnyPackage("org.blogsearch.index..", "org.blogsearch.search..",
          "org.blogsearch.solr..", "org.blogsearch.web..", "org.blogsearch.cli..")
      .because("requests, results and the engine interfaces are shared by every engine");

  @ArchTest
  static final ArchRule theWebKnowsNoEngine = noClasses()
      .that().resideInAPackage("org.blogsearch.web..")
      .should().dependOnClassesThat().resideInAnyPackage("org.blogsearch.index..", "org.blogsearch.search..",
          "org.blogsearch.solr..")
      .because("the web answers through the engine seam, whichever engine is chosen");
}
