package rt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Python str methods for Go strings. Indexes and lengths count code
// points, as in Python.

// isPySpace reports whether r is whitespace for str.split and str.strip
// (CPython also counts the separators U+001C..U+001F).
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// StrIndex returns s[i] (one code point, negative i from the end);
// IndexError "string index out of range".
func StrIndex(s string, i int) (string, error) {
	if isASCII(s) {
		j, ok := normIndex(i, len(s))
		if !ok {
			return "", IndexError.New("string index out of range")
		}
		return s[j : j+1], nil
	}
	r := []rune(s)
	j, ok := normIndex(i, len(r))
	if !ok {
		return "", IndexError.New("string index out of range")
	}
	return string(r[j]), nil
}

// StrSlice returns s[lo:hi] by code points (Omitted for a missing bound).
func StrSlice(s string, lo, hi int) string {
	if isASCII(s) {
		start, count := sliceBounds(lo, hi, 1, len(s))
		return s[start : start+count]
	}
	return string(Slice([]rune(s), lo, hi))
}

// StrSliceStep returns s[lo:hi:step]; ValueError "slice step cannot be
// zero".
func StrSliceStep(s string, lo, hi, step int) (string, error) {
	r, err := SliceStep([]rune(s), lo, hi, step)
	return string(r), err
}

// StrRepeat returns s * n ("" for n <= 0).
func StrRepeat(s string, n int) string { return strings.Repeat(s, max(n, 0)) }

// StrSplit returns s.split(sep, maxsplit) (maxsplit -1: no limit);
// ValueError "empty separator".
func StrSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, ValueError.New("empty separator")
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	return strings.SplitN(s, sep, maxsplit+1), nil
}

// StrSplitWS returns s.split() or s.split(None, maxsplit): runs of
// whitespace separate words, leading and trailing whitespace is dropped.
func StrSplitWS(s string, maxsplit int) []string {
	out := []string{}
	for {
		s = strings.TrimLeftFunc(s, isPySpace)
		if s == "" {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, s)
		}
		end := strings.IndexFunc(s, isPySpace)
		if end < 0 {
			return append(out, s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
}

// StrRSplit returns s.rsplit(sep, maxsplit); ValueError "empty separator".
func StrRSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, ValueError.New("empty separator")
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	var out []string
	for len(out) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	return Reversed(out), nil
}

// StrRSplitWS returns s.rsplit() or s.rsplit(None, maxsplit).
func StrRSplitWS(s string, maxsplit int) []string {
	var out []string
	for {
		s = strings.TrimRightFunc(s, isPySpace)
		if s == "" {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s)
			break
		}
		i := strings.LastIndexFunc(s, isPySpace)
		if i < 0 {
			out = append(out, s)
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		out = append(out, s[i+size:])
		s = s[:i]
	}
	if out == nil {
		return []string{}
	}
	return Reversed(out)
}

// StrJoin returns sep.join(items).
func StrJoin(sep string, items []string) string { return strings.Join(items, sep) }

// StrStrip returns s.strip(): surrounding whitespace removed.
func StrStrip(s string) string { return strings.TrimFunc(s, isPySpace) }

// StrLStrip returns s.lstrip().
func StrLStrip(s string) string { return strings.TrimLeftFunc(s, isPySpace) }

// StrRStrip returns s.rstrip().
func StrRStrip(s string) string { return strings.TrimRightFunc(s, isPySpace) }

// StrStripChars returns s.strip(chars).
func StrStripChars(s, chars string) string { return strings.Trim(s, chars) }

// StrLStripChars returns s.lstrip(chars).
func StrLStripChars(s, chars string) string { return strings.TrimLeft(s, chars) }

// StrRStripChars returns s.rstrip(chars).
func StrRStripChars(s, chars string) string { return strings.TrimRight(s, chars) }

// StrStartsWith returns s.startswith(prefix) or, with several prefixes,
// s.startswith((p1, p2, ...)).
func StrStartsWith(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// StrEndsWith returns s.endswith(suffix) or s.endswith((s1, s2, ...)).
func StrEndsWith(s string, suffixes ...string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// runeIndex converts a byte offset of s (or -1) to a code point index.
func runeIndex(s string, byteIdx int) int {
	if byteIdx < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:byteIdx])
}

// StrFind returns s.find(sub): the code point index of the first
// occurrence, or -1.
func StrFind(s, sub string) int { return runeIndex(s, strings.Index(s, sub)) }

// StrRFind returns s.rfind(sub).
func StrRFind(s, sub string) int { return runeIndex(s, strings.LastIndex(s, sub)) }

// StrIndexOf returns s.index(sub); ValueError "substring not found".
func StrIndexOf(s, sub string) (int, error) {
	if i := StrFind(s, sub); i >= 0 {
		return i, nil
	}
	return 0, ValueError.New("substring not found")
}

// StrRIndexOf returns s.rindex(sub); ValueError "substring not found".
func StrRIndexOf(s, sub string) (int, error) {
	if i := StrRFind(s, sub); i >= 0 {
		return i, nil
	}
	return 0, ValueError.New("substring not found")
}

// StrCount returns s.count(sub).
func StrCount(s, sub string) int { return strings.Count(s, sub) }

// StrReplace returns s.replace(old, new, count) (count -1: all).
func StrReplace(s, old, new string, count int) string {
	return strings.Replace(s, old, new, count)
}

// StrUpper returns s.upper().
func StrUpper(s string) string { return strings.ToUpper(s) }

// StrLower returns s.lower().
func StrLower(s string) string { return strings.ToLower(s) }

// isCased reports whether r has case (upper, lower or title).
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
}

// StrTitle returns s.title(): the first cased letter after an uncased
// character is title-cased, other cased letters lowered.
func StrTitle(s string) string {
	prevCased := false
	return strings.Map(func(r rune) rune {
		out := r
		if prevCased {
			out = unicode.ToLower(r)
		} else {
			out = unicode.ToTitle(r)
		}
		prevCased = isCased(r)
		return out
	}, s)
}

// StrCapitalize returns s.capitalize(): first character title-cased, the
// rest lowered.
func StrCapitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToTitle(r)) + strings.ToLower(s[size:])
}

// StrSwapCase returns s.swapcase().
func StrSwapCase(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

// allRunes reports whether s is non-empty and every code point satisfies
// pred.
func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

// StrIsDigit returns s.isdigit().
func StrIsDigit(s string) bool { return allRunes(s, isPyDigit) }

func isPyDigit(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", r)
}

// StrIsDecimal returns s.isdecimal().
func StrIsDecimal(s string) bool { return allRunes(s, unicode.IsDigit) }

// StrIsNumeric returns s.isnumeric().
func StrIsNumeric(s string) bool { return allRunes(s, unicode.IsNumber) }

// StrIsAlpha returns s.isalpha().
func StrIsAlpha(s string) bool { return allRunes(s, unicode.IsLetter) }

// StrIsAlnum returns s.isalnum().
func StrIsAlnum(s string) bool {
	return allRunes(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
}

// StrIsSpace returns s.isspace().
func StrIsSpace(s string) bool { return allRunes(s, isPySpace) }

// StrIsUpper returns s.isupper(): at least one cased character and no
// lowercase one.
func StrIsUpper(s string) bool {
	return hasCased(s) && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLower(r) || unicode.IsTitle(r) })
}

// StrIsLower returns s.islower().
func StrIsLower(s string) bool {
	return hasCased(s) && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) })
}

func hasCased(s string) bool { return strings.ContainsFunc(s, isCased) }

// StrZFill returns s.zfill(width): zeros after any leading sign.
func StrZFill(s string, width int) string {
	n := width - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	zeros := strings.Repeat("0", n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}

// StrCenter returns s.center(width, fill), placing the odd padding
// character as CPython does.
func StrCenter(s string, width int, fill rune) string {
	marg := width - utf8.RuneCountInString(s)
	if marg <= 0 {
		return s
	}
	left := marg/2 + (marg & width & 1)
	f := string(fill)
	return strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)
}

// StrLJust returns s.ljust(width, fill).
func StrLJust(s string, width int, fill rune) string {
	n := width - utf8.RuneCountInString(s)
	return s + strings.Repeat(string(fill), max(n, 0))
}

// StrRJust returns s.rjust(width, fill).
func StrRJust(s string, width int, fill rune) string {
	n := width - utf8.RuneCountInString(s)
	return strings.Repeat(string(fill), max(n, 0)) + s
}

// StrPartition returns s.partition(sep); ValueError "empty separator".
func StrPartition(s, sep string) (Tuple3[string, string, string], error) {
	if sep == "" {
		return Tuple3[string, string, string]{}, ValueError.New("empty separator")
	}
	before, after, found := strings.Cut(s, sep)
	if !found {
		return T3(s, "", ""), nil
	}
	return T3(before, sep, after), nil
}

// StrRPartition returns s.rpartition(sep); ValueError "empty separator".
func StrRPartition(s, sep string) (Tuple3[string, string, string], error) {
	if sep == "" {
		return Tuple3[string, string, string]{}, ValueError.New("empty separator")
	}
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return T3("", "", s), nil
	}
	return T3(s[:i], sep, s[i+len(sep):]), nil
}

// isLineBreak reports the code points str.splitlines splits on.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// StrSplitLines returns s.splitlines(keepends).
func StrSplitLines(s string, keepends bool) []string {
	out := []string{}
	for s != "" {
		i := strings.IndexFunc(s, isLineBreak)
		if i < 0 {
			out = append(out, s)
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			size = 2
		}
		line := s[:i]
		if keepends {
			line = s[:i+size]
		}
		out = append(out, line)
		s = s[i+size:]
	}
	return out
}

// StrEncode returns s.encode() (UTF-8).
func StrEncode(s string) []byte { return []byte(s) }

// BytesDecode returns b.decode() (UTF-8, strict): UnicodeDecodeError for
// invalid input.
func BytesDecode(b []byte) (string, error) {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return "", UnicodeDecodeError.New(decodeErrorText(b, i))
		}
		i += size
	}
	return string(b), nil
}

func decodeErrorText(b []byte, i int) string {
	reason := "invalid start byte"
	if c := b[i]; c >= 0xc2 && c <= 0xf4 {
		reason = "invalid continuation byte"
		if !utf8.FullRune(b[i:]) {
			reason = "unexpected end of data"
		}
	}
	return "'utf-8' codec can't decode byte 0x" + hex2(b[i]) + " in position " + Str(i) + ": " + reason
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
