// The part of libxml2 that IngestCore's HTML reader calls: the HTML parser (htmlReadMemory and
// its option flags), the tree it returns (xmlNode, xmlAttr, xmlFreeDoc), xmlInitParser, and the
// encoding handler lookup used to check that a declared charset is one libxml2 can convert.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
