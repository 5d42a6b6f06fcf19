/**
 * Compiled code quoted by the docs: each {@code // tag::name[]} ... {@code // end::name[]} region appears verbatim in
 * the page its class names, and a test checks it. Not an API.
 */
package dev.logveil.examples.docs;
