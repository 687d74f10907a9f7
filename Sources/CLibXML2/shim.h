// The part of libxml2 that IngestCore's HTML reader calls: the HTML parser (htmlReadMemory and
// its option flags), the tree it returns (xmlNode, xmlAttr, xmlFreeDoc), xmlInitParser, and the
// encoding handler lookup used to check that a declared charset is one libxml2 can convert.
#pragma once

// Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in the system's
// <unicode/ucnv.h>. Foundation carries its own copy of ICU's headers, with other enum values,
// and Clang refuses the two in one Swift module ("UErrorCode ... not present in definition").
// ICU only adds two pointer fields at the end of xmlCharEncodingHandler, which Swift never
// reads or allocates (it only passes handler pointers back to libxml2), so hide it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
