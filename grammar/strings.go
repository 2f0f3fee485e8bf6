package grammar

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/pyasync2go/pyasync2go/ast"
)

// strLit is one string literal token taken apart.
type strLit struct {
	tok                lexer.Position
	text               string
	prefix             string
	raw, bytes, fmtStr bool
	body               string
	bodyOff            int // offset of body in the token text
}

func splitLiteral(s *pString) strLit {
	l := strLit{tok: s.Pos, text: s.V}
	i := strings.IndexAny(s.V, `'"`)
	l.prefix = strings.ToLower(s.V[:i])
	l.raw = strings.Contains(l.prefix, "r")
	l.bytes = strings.Contains(l.prefix, "b")
	l.fmtStr = strings.Contains(l.prefix, "f")
	q := 1
	if len(s.V) >= i+6 && s.V[i+1] == s.V[i] && s.V[i+2] == s.V[i] {
		q = 3
	}
	l.bodyOff = i + q
	l.body = s.V[i+q : len(s.V)-q]
	return l
}

// endPos is the position just after the literal, where CPython reports
// errors about a string's content.
func (l strLit) endPos() ast.Pos {
	p := pos(l.tok)
	if n := strings.LastIndexByte(l.text, '\n'); n >= 0 {
		return ast.Pos{Line: p.Line + strings.Count(l.text, "\n"), Col: len(l.text) - n}
	}
	return ast.Pos{Line: p.Line, Col: p.Col + len(l.text)}
}

// posIn returns the source position of byte i of the token text.
func (l strLit) posIn(i int) (line, col int) {
	line, col = l.tok.Line, l.tok.Column
	for j := 0; j < i; j++ {
		if l.text[j] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

// strings converts adjacent string literals into one Constant or JoinedStr.
func (c *converter) strings(parts []*pString) ast.Expr {
	start := pos(parts[0].Pos)
	lits := make([]strLit, len(parts))
	anyF, anyBytes, allBytes := false, false, true
	for i, p := range parts {
		lits[i] = splitLiteral(p)
		anyF = anyF || lits[i].fmtStr
		anyBytes = anyBytes || lits[i].bytes
		allBytes = allBytes && lits[i].bytes
	}
	if anyBytes && !allBytes {
		c.errorf(lits[len(lits)-1].endPos(), "cannot mix bytes and nonbytes literals")
		return &ast.Constant{Pos: start, Kind: ast.ConstStr, Value: ""}
	}
	if allBytes {
		var b []byte
		for _, l := range lits {
			for i := 0; i < len(l.body); i++ {
				if l.body[i] >= utf8.RuneSelf {
					c.errorf(pos(l.tok), "bytes can only contain ASCII literal characters")
					return &ast.Constant{Pos: start, Kind: ast.ConstBytes, Value: []byte{}}
				}
			}
			s, err := decodeEscapes(l.body, l.raw, true)
			if err != "" {
				c.errorf(l.endPos(), "%s", err)
			}
			b = append(b, s...)
		}
		if b == nil {
			b = []byte{}
		}
		return &ast.Constant{Pos: start, Kind: ast.ConstBytes, Value: b}
	}
	j := &joiner{pos: start}
	for _, l := range lits {
		if l.fmtStr {
			f := &fstring{c: c, lit: l}
			f.fields(j, 0)
			continue
		}
		s, err := decodeEscapes(l.body, l.raw, false)
		if err != "" {
			c.errorf(l.endPos(), "%s", err)
		}
		j.text.WriteString(s)
	}
	if !anyF {
		return &ast.Constant{Pos: start, Kind: ast.ConstStr, Value: j.text.String()}
	}
	j.flush()
	return &ast.JoinedStr{Pos: start, Values: j.values}
}

// joiner accumulates the parts of a JoinedStr, merging adjacent text.
type joiner struct {
	pos    ast.Pos
	text   strings.Builder
	values []ast.Expr
}

func (j *joiner) flush() {
	if j.text.Len() > 0 {
		j.values = append(j.values, &ast.Constant{Pos: j.pos, Kind: ast.ConstStr, Value: j.text.String()})
		j.text.Reset()
	}
}

// fstring parses the replacement fields of one f-string literal.
type fstring struct {
	c   *converter
	lit strLit
	i   int // index in lit.body
	bad bool
}

func (f *fstring) fail(format string, args ...any) {
	if !f.bad {
		f.c.errorf(f.lit.endPos(), format, args...)
	}
	f.bad = true
	f.i = len(f.lit.body)
}

// fields parses literal text and fields into j until the end of the body
// or, inside a format spec (depth > 0), until the closing '}'.
func (f *fstring) fields(j *joiner, depth int) {
	body := f.lit.body
	var chunk strings.Builder
	flushChunk := func() {
		if chunk.Len() == 0 {
			return
		}
		s, err := decodeEscapes(chunk.String(), f.lit.raw, false)
		if err != "" {
			f.fail("%s", err)
		}
		j.text.WriteString(s)
		chunk.Reset()
	}
	for f.i < len(body) && !f.bad {
		ch := body[f.i]
		switch {
		case ch == '{':
			if f.i+1 < len(body) && body[f.i+1] == '{' && depth == 0 {
				chunk.WriteByte('{')
				f.i += 2
				continue
			}
			flushChunk()
			f.field(j, depth)
		case ch == '}':
			if depth > 0 {
				flushChunk()
				return
			}
			if f.i+1 < len(body) && body[f.i+1] == '}' {
				chunk.WriteByte('}')
				f.i += 2
				continue
			}
			f.fail("f-string: single '}' is not allowed")
		case ch == '\\' && !f.lit.raw && f.i+2 < len(body) && body[f.i+1] == 'N' && body[f.i+2] == '{':
			end := strings.IndexByte(body[f.i:], '}')
			if end < 0 {
				end = len(body) - f.i - 1
			}
			chunk.WriteString(body[f.i : f.i+end+1])
			f.i += end + 1
		case ch == '\\' && f.i+1 < len(body) && body[f.i+1] != '{' && body[f.i+1] != '}':
			chunk.WriteString(body[f.i : f.i+2])
			f.i += 2
		default:
			chunk.WriteByte(ch)
			f.i++
		}
	}
	flushChunk()
	if depth > 0 && !f.bad {
		f.fail("f-string: expecting '}'")
	}
}

// field parses one "{expr[=][!c][:spec]}" starting at '{'.
func (f *fstring) field(j *joiner, depth int) {
	body := f.lit.body
	if depth >= 2 {
		f.fail("f-string: expressions nested too deeply")
		return
	}
	f.i++
	start := f.i
	end, ok := f.exprEnd()
	if !ok {
		return
	}
	text := body[start:end]
	if strings.TrimSpace(text) == "" {
		f.fail("f-string: empty expression not allowed")
		return
	}
	f.i = end
	debug := ""
	if body[f.i] == '=' {
		f.i++
		for f.i < len(body) && (body[f.i] == ' ' || body[f.i] == '\t' || body[f.i] == '\n') {
			f.i++
		}
		debug = body[start:f.i]
	}
	var conv rune
	if f.i < len(body) && body[f.i] == '!' {
		f.i++
		if f.i >= len(body) || body[f.i] == '}' || body[f.i] == ':' {
			f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
			return
		}
		switch body[f.i] {
		case 's', 'r', 'a':
			conv = rune(body[f.i])
		default:
			f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
			return
		}
		f.i++
	}
	var spec *ast.JoinedStr
	if f.i < len(body) && body[f.i] == ':' {
		f.i++
		sj := &joiner{pos: j.pos}
		f.fields(sj, depth+1)
		if f.bad {
			return
		}
		sj.flush()
		spec = &ast.JoinedStr{Pos: j.pos, Values: sj.values}
	}
	if f.i >= len(body) || body[f.i] != '}' {
		f.fail("f-string: expecting '}'")
		return
	}
	f.i++
	x := f.parseExpr(start, end)
	if x == nil {
		return
	}
	if debug != "" {
		j.text.WriteString(debug)
		if conv == 0 && spec == nil {
			conv = 'r'
		}
	}
	j.flush()
	j.values = append(j.values, &ast.FormattedValue{Pos: j.pos, Value: x, Conversion: conv, FormatSpec: spec})
}

// exprEnd finds the end of a field's expression: the first '}', '!', ':'
// or debug '=' outside brackets and nested strings.
func (f *fstring) exprEnd() (int, bool) {
	body := f.lit.body
	depth := 0
	var quote string
	for i := f.i; i < len(body); i++ {
		ch := body[i]
		if ch == '\\' {
			f.fail("f-string expression part cannot include a backslash")
			return 0, false
		}
		if quote != "" {
			if strings.HasPrefix(body[i:], quote) {
				i += len(quote) - 1
				quote = ""
			}
			continue
		}
		switch ch {
		case '\'', '"':
			quote = string(ch)
			if strings.HasPrefix(body[i:], strings.Repeat(quote, 3)) {
				quote = strings.Repeat(quote, 3)
				i += 2
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				if ch == '}' {
					return i, true
				}
				f.fail("f-string: unmatched '%c'", ch)
				return 0, false
			}
			depth--
		case '#':
			f.fail("f-string expression part cannot include '#'")
			return 0, false
		case '!':
			if depth == 0 && (i+1 >= len(body) || body[i+1] != '=') {
				return i, true
			}
		case ':':
			if depth == 0 {
				return i, true
			}
		case '=':
			if depth == 0 && (i+1 >= len(body) || body[i+1] != '=') && i > f.i && !strings.ContainsRune("=!<>", rune(body[i-1])) {
				return i, true
			}
		}
	}
	if quote != "" {
		f.fail("f-string: unterminated string")
		return 0, false
	}
	f.fail("f-string: expecting '}'")
	return 0, false
}

// parseExpr parses body[start:end] in place, so that positions inside
// the expression are positions in the file.
func (f *fstring) parseExpr(start, end int) ast.Expr {
	off := f.lit.tok.Offset + f.lit.bodyOff
	line, col := f.lit.posIn(f.lit.bodyOff + start)
	s := &scanner{
		file: f.c.file, src: f.c.src[:off+end], off: off + start, line: line,
		lineStart: off + start - (col - 1), indents: []int{0}, alts: []int{0},
		brackets: []bracket{{ch: '('}},
	}
	s.run()
	if s.err != nil {
		f.fail("f-string: %s", s.err.msg)
		return nil
	}
	var tree *pRHS
	err := runStream(&sliceTokens{toks: s.toks}, (*xp).startsRHS, func(p *xp) {
		tree = p.rhs()
		if p.peek().Type == tokNewline {
			p.next()
		}
		if p.peek().Type != lexer.EOF {
			p.fail()
		}
	})
	if err != nil {
		f.fail("f-string: invalid syntax")
		return nil
	}
	x := f.c.rhs(tree)
	if t, ok := x.(*ast.Tuple); ok && s.toks[0].Value != "(" {
		// CPython parses the field as "(expr)" with the '(' in place of
		// the '{', so an unparenthesized tuple starts at the brace.
		t.Pos = ast.Pos{Line: line, Col: col - 1}
	}
	return x
}

// decodeEscapes resolves backslash escapes as CPython does for str
// (isBytes false) or bytes literals. It returns an error message or "".
func decodeEscapes(s string, raw, isBytes bool) (string, string) {
	if raw || strings.IndexByte(s, '\\') < 0 {
		return normalizeNewlines(s), ""
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch == '\r' {
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		if ch != '\\' || i+1 >= len(s) {
			b.WriteByte(ch)
			continue
		}
		i++
		e := s[i]
		switch e {
		case '\n':
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := 0
			n := 0
			for n < 3 && i < len(s) && '0' <= s[i] && s[i] <= '7' {
				v = v*8 + int(s[i]-'0')
				i++
				n++
			}
			i--
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				writeRune(&b, rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if isBytes && e != 'x' {
				b.WriteByte('\\')
				b.WriteByte(e)
				continue
			}
			if !isHex(s[i+1:min(len(s), i+1+n)], n) {
				if isBytes {
					return "", fmt.Sprintf("(value error) invalid \\x escape at position %d", i-1)
				}
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%c%s escape",
					i-1, min(len(s), i+n)-1, e, strings.Repeat("X", n))
			}
			v, _ := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			i += n
			switch {
			case isBytes:
				b.WriteByte(byte(v))
			case v > 0x10FFFF:
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", i-n-1, i)
			default:
				writeRune(&b, rune(v))
			}
		case 'N':
			if isBytes {
				b.WriteString(`\N`)
				continue
			}
			return "", "unsupported: \\N{...} escape in a string literal"
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), ""
}

// writeRune writes r as UTF-8, or a lone surrogate (which Python strings
// may hold) as its WTF-8 three-byte form.
func writeRune(b *strings.Builder, r rune) {
	if 0xD800 <= r && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i], 16) {
			return false
		}
	}
	return true
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
