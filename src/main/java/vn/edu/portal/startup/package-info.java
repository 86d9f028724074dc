/**
 * The start-up that wires the features together (the composition root): on top of the package
 * graph, beside the demo, because it names every feature it starts; nothing names it.
 */
package vn.edu.portal.startup;
