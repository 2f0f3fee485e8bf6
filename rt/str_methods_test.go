package rt

import "testing"

func TestStrMethods(t *testing.T) {
	r := func(v any) func() (string, error) { return pyText(v, nil) }
	runTable(t, "strmethods", []pyCase{
		{"'a,b,,c'.split(',')", pyText(StrSplit("a,b,,c", ",", -1))},
		{"'a,b,,c'.split(',', 1)", pyText(StrSplit("a,b,,c", ",", 1))},
		{"'a'.split('')", pyText(StrSplit("a", "", -1))},
		{"'  a b \\t\\n c  '.split()", r(StrSplitWS("  a b \t\n c  ", -1))},
		{"'  a b  c '.split(None, 1)", r(StrSplitWS("  a b  c ", 1))},
		{"''.split()", r(StrSplitWS("", -1))},
		{"'a\\x1cb'.split()", r(StrSplitWS("a\x1cb", -1))},
		{"'a,b,c'.rsplit(',', 1)", pyText(StrRSplit("a,b,c", ",", 1))},
		{"'  a b  c '.rsplit(None, 1)", r(StrRSplitWS("  a b  c ", 1))},
		{"'  a b  c '.rsplit()", r(StrRSplitWS("  a b  c ", -1))},
		{"'-'.join(['a', 'b'])", r(StrJoin("-", []string{"a", "b"}))},
		{"'  x \\n'.strip()", r(StrStrip("  x \n"))},
		{"'  x '.lstrip()", r(StrLStrip("  x "))},
		{"'  x '.rstrip()", r(StrRStrip("  x "))},
		{"'xxhixy'.strip('xy')", r(StrStripChars("xxhixy", "xy"))},
		{"'xxhixy'.lstrip('x')", r(StrLStripChars("xxhixy", "x"))},
		{"'xxhixy'.rstrip('xy')", r(StrRStripChars("xxhixy", "xy"))},
		{"'hello'.startswith(('x', 'he'))", r(StrStartsWith("hello", "x", "he"))},
		{"'hello'.endswith('lo')", r(StrEndsWith("hello", "lo"))},
		{"'héllo'.find('l')", r(StrFind("héllo", "l"))},
		{"'héllo'.rfind('l')", r(StrRFind("héllo", "l"))},
		{"'héllo'.find('z')", r(StrFind("héllo", "z"))},
		{"'héllo'.index('z')", pyText(StrIndexOf("héllo", "z"))},
		{"'héllo'.rindex('é')", pyText(StrRIndexOf("héllo", "é"))},
		{"'aaaa'.count('aa')", r(StrCount("aaaa", "aa"))},
		{"'abc'.count('')", r(StrCount("abc", ""))},
		{"'aaaa'.replace('a', 'b', 2)", r(StrReplace("aaaa", "a", "b", 2))},
		{"'ab'.replace('', '-')", r(StrReplace("ab", "", "-", -1))},
		{"'Hello World'.upper()", r(StrUpper("Hello World"))},
		{"'Hello World'.lower()", r(StrLower("Hello World"))},
		{"\"hello world's x1y\".title()", r(StrTitle("hello world's x1y"))},
		{"'hELLO wORLD'.capitalize()", r(StrCapitalize("hELLO wORLD"))},
		{"'Hello'.swapcase()", r(StrSwapCase("Hello"))},
		{"['123'.isdigit(), ''.isdigit(), '²'.isdigit(), '1a'.isdigit()]", r([]bool{StrIsDigit("123"), StrIsDigit(""), StrIsDigit("²"), StrIsDigit("1a")})},
		{"['abé'.isalpha(), 'a1'.isalpha(), 'a1'.isalnum(), ' \\t'.isspace(), ''.isspace()]", r([]bool{StrIsAlpha("abé"), StrIsAlpha("a1"), StrIsAlnum("a1"), StrIsSpace(" \t"), StrIsSpace("")})},
		{"['ABC1'.isupper(), 'aBc'.isupper(), 'abc1'.islower(), '123'.islower()]", r([]bool{StrIsUpper("ABC1"), StrIsUpper("aBc"), StrIsLower("abc1"), StrIsLower("123")})},
		{"['42'.zfill(5), '-42'.zfill(5), '+4'.zfill(4), 'abc'.zfill(2)]", r([]string{StrZFill("42", 5), StrZFill("-42", 5), StrZFill("+4", 4), StrZFill("abc", 2)})},
		{"['a'.center(4), 'ab'.center(5, '*'), 'abc'.center(6), 'a'.center(2)]", r([]string{StrCenter("a", 4, ' '), StrCenter("ab", 5, '*'), StrCenter("abc", 6, ' '), StrCenter("a", 2, ' ')})},
		{"['ab'.ljust(4, '.'), 'ab'.rjust(4), 'abc'.ljust(1)]", r([]string{StrLJust("ab", 4, '.'), StrRJust("ab", 4, ' '), StrLJust("abc", 1, ' ')})},
		{"'k=v=w'.partition('=')", pyText(StrPartition("k=v=w", "="))},
		{"'k=v=w'.rpartition('=')", pyText(StrRPartition("k=v=w", "="))},
		{"'kvw'.partition('=')", pyText(StrPartition("kvw", "="))},
		{"'kvw'.rpartition('=')", pyText(StrRPartition("kvw", "="))},
		{"'a\\nb\\r\\nc\\rd\\x0be\\u2028f\\n'.splitlines()", r(StrSplitLines("a\nb\r\nc\rd\ve\u2028f\n", false))},
		{"'a\\nb\\r\\n'.splitlines(True)", r(StrSplitLines("a\nb\r\n", true))},
		{"''.splitlines()", r(StrSplitLines("", false))},
		{"'héllo'.encode()", r(StrEncode("héllo"))},
		{"b'h\\xc3\\xa9'.decode()", pyText(BytesDecode([]byte("h\xc3\xa9")))},
		{"b'ab\\xff'.decode()", pyText(BytesDecode([]byte("ab\xff")))},
		{"b'a\\xc3'.decode()", pyText(BytesDecode([]byte("a\xc3")))},
		{"b'a\\xc3(x'.decode()", pyText(BytesDecode([]byte("a\xc3(x")))},
		{"'héllo'[1]", pyText(StrIndex("héllo", 1))},
		{"'héllo'[-5]", pyText(StrIndex("héllo", -5))},
		{"'héllo'[5]", pyText(StrIndex("héllo", 5))},
		{"''[0]", pyText(StrIndex("", 0))},
		{"'héllo'[::-2]", pyText(StrSliceStep("héllo", Omitted, Omitted, -2))},
		{"'ab' * 2", r(StrRepeat("ab", 2))},
	})
}

func BenchmarkStrSplitWS(b *testing.B) {
	for range b.N {
		_ = StrSplitWS("the quick  brown fox jumps", -1)
	}
}

// pyText renders a result as the oracle does: a str as is, anything else
// as its repr.
func pyText[T any](v T, err error) func() (string, error) {
	return func() (string, error) {
		if s, ok := any(v).(string); ok || err != nil {
			return s, err
		}
		return Repr(v), nil
	}
}
