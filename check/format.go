package check

import "strings"

// GoVerb translates a Python format spec for a value of type t into a
// fmt verb that prints the same text, when there is one: "5d" -> "%5d",
// ".2f" -> "%.2f", "<10" (str) -> "%-10s". Other specs go through
// rt.Format, which can raise.
func GoVerb(spec string, t *Type) (string, bool) {
	s := spec
	flags := ""
	switch {
	case strings.HasPrefix(s, "<"):
		flags, s = "-", s[1:]
	case strings.HasPrefix(s, ">"):
		s = s[1:]
	}
	if strings.HasPrefix(s, "0") && flags == "" && t.Kind != Str {
		flags, s = "0", s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	width := s[:i]
	s = s[i:]
	prec := ""
	if strings.HasPrefix(s, ".") {
		j := 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == 1 {
			return "", false
		}
		prec, s = s[:j], s[j:]
	}
	typ := s
	switch {
	case t.Kind == Int && (typ == "d" || typ == "" && prec == ""):
		typ = "d"
	case t.Kind == Int && (typ == "x" || typ == "o" || typ == "b" || typ == "X") && prec == "":
	case t.Kind == Float && (typ == "f" || typ == "e" || typ == "E"):
		if prec == "" {
			prec = ".6"
		}
	case t.Kind == Str && (typ == "s" || typ == "") && prec == "":
		typ = "s"
		if flags == "0" {
			return "", false
		}
	default:
		return "", false
	}
	if flags == "-" && t.Kind != Str && width == "" {
		flags = ""
	}
	return "%" + flags + width + prec + typ, true
}
