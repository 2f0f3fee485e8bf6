package rt

import (
	"strconv"
	"strings"
)

// PyAttrGetter is implemented by values whose attributes str.format may
// read ({0.name}).
type PyAttrGetter interface {
	PyGetAttr(name string) (any, bool)
}

// StrFormat returns format.format(*args, **kwargs): {} and {0} positional
// fields, {name} keyword fields, [index] and .attr lookups, !r !s !a
// conversions and format specs with nested {} fields, with CPython's
// errors.
func StrFormat(format string, args []any, kwargs map[string]any) (string, error) {
	st := &strFormatState{args: args, kwargs: kwargs}
	return st.expand(format, 2)
}

type strFormatState struct {
	args    []any
	kwargs  map[string]any
	auto    int
	numMode byte // 0 unknown, 'a' automatic, 'm' manual
}

// expand formats one template; depth limits nesting in format specs.
func (st *strFormatState) expand(format string, depth int) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		switch {
		case c == '{' && i+1 < len(format) && format[i+1] == '{':
			b.WriteByte('{')
			i += 2
		case c == '}' && i+1 < len(format) && format[i+1] == '}':
			b.WriteByte('}')
			i += 2
		case c == '}':
			return "", ValueError.New("Single '}' encountered in format string")
		case c == '{':
			end, err := fieldEnd(format, i)
			if err != nil {
				return "", err
			}
			text, err := st.field(format[i+1:end], depth)
			if err != nil {
				return "", err
			}
			b.WriteString(text)
			i = end + 1
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), nil
}

// fieldEnd returns the index of the '}' closing the field opened at i.
func fieldEnd(format string, i int) (int, error) {
	depth := 0
	for j := i; j < len(format); j++ {
		switch format[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j, nil
			}
		}
	}
	if i+1 == len(format) {
		return 0, ValueError.New("Single '{' encountered in format string")
	}
	if depth > 1 || strings.ContainsAny(format[i+1:], "!:") {
		return 0, ValueError.New("unmatched '{' in format spec")
	}
	return 0, ValueError.New("expected '}' before end of string")
}

// field renders one replacement field (without its braces).
func (st *strFormatState) field(body string, depth int) (string, error) {
	name, conv, spec, err := splitField(body)
	if err != nil {
		return "", err
	}
	v, err := st.lookup(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r':
		v = Repr(v)
	case 's':
		v = Str(v)
	case 'a':
		v = ASCII(v)
	default:
		return "", ValueError.New("Unknown conversion specifier " + string(conv))
	}
	if strings.Contains(spec, "{") {
		if depth <= 1 {
			return "", ValueError.New("Max string recursion exceeded")
		}
		if spec, err = st.expand(spec, depth-1); err != nil {
			return "", err
		}
	}
	return Format(v, spec)
}

// splitField splits name!conv:spec.
func splitField(body string) (name string, conv byte, spec string, err error) {
	name = body
	if i := strings.IndexAny(body, "!:["); i >= 0 && body[i] == '[' {
		// a [key] may hold ':' or '!': skip past the brackets
		j := strings.IndexByte(body[i:], ']')
		if j >= 0 {
			k := strings.IndexAny(body[i+j:], "!:")
			if k < 0 {
				return body, 0, "", nil
			}
			name, body = body[:i+j+k], body[i+j+k:]
		}
	} else if i >= 0 {
		name, body = body[:i], body[i:]
	} else {
		return body, 0, "", nil
	}
	if strings.HasPrefix(body, "!") {
		if len(body) < 2 || (len(body) > 2 && body[2] != ':') {
			return "", 0, "", ValueError.New("expected ':' after conversion specifier")
		}
		conv, body = body[1], body[2:]
	}
	return name, conv, strings.TrimPrefix(body, ":"), nil
}

// lookup resolves a field name: the argument, then .attr and [key] parts.
func (st *strFormatState) lookup(name string) (any, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	v, err := st.argument(name[:end])
	if err != nil {
		return nil, err
	}
	for rest := name[end:]; rest != ""; {
		if v, rest, err = accessor(v, rest); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// argument returns the positional or keyword argument named by first.
func (st *strFormatState) argument(first string) (any, error) {
	if first == "" {
		if st.numMode == 'm' {
			return nil, ValueError.New("cannot switch from manual field specification to automatic field numbering")
		}
		st.numMode = 'a'
		first = strconv.Itoa(st.auto)
		st.auto++
	} else if isAllDigits(first) {
		if st.numMode == 'a' {
			return nil, ValueError.New("cannot switch from automatic field numbering to manual field specification")
		}
		st.numMode = 'm'
	}
	if isAllDigits(first) {
		n, _ := strconv.Atoi(first)
		if n >= len(st.args) {
			return nil, IndexError.New("Replacement index " + first + " out of range for positional args tuple")
		}
		return st.args[n], nil
	}
	v, ok := st.kwargs[first]
	if !ok {
		return nil, KeyError.New(first)
	}
	return v, nil
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// accessor applies the leading .attr or [key] of rest to v.
func accessor(v any, rest string) (any, string, error) {
	if rest[0] == '.' {
		end := strings.IndexAny(rest[1:], ".[")
		if end < 0 {
			end = len(rest) - 1
		}
		attr := rest[1 : end+1]
		if g, ok := v.(PyAttrGetter); ok {
			if a, ok := g.PyGetAttr(attr); ok {
				return a, rest[end+1:], nil
			}
		}
		return nil, "", AttributeError.New("'" + TypeName(v) + "' object has no attribute '" + attr + "'")
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return nil, "", ValueError.New("Missing ']' in format string")
	}
	key := rest[1:end]
	var k any = key
	if isAllDigits(key) {
		k, _ = strconv.Atoi(key)
	}
	item, err := GetItem(v, k)
	return item, rest[end+1:], err
}

// GetItem returns v[key] for a dynamic value: lists, tuples and str by int
// index (negative from the end), dicts by key.
func GetItem(v, key any) (any, error) {
	if d, ok := v.(dictLike); ok {
		item, found := d.dictLookupAny(key)
		if !found {
			return nil, KeyError.New(key)
		}
		return item, nil
	}
	i, isInt := key.(int)
	switch x := v.(type) {
	case string:
		if !isInt {
			return nil, TypeError.New("string indices must be integers, not '" + TypeName(key) + "'")
		}
		return StrIndex(x, i)
	case tupler:
		if !isInt {
			return nil, TypeError.New("tuple indices must be integers or slices, not " + TypeName(key))
		}
		item, err := Index(x.TupleItems(), i)
		if err != nil {
			return nil, IndexError.New("tuple index out of range")
		}
		return item, nil
	}
	if xs, ok := listItems(v); ok {
		if !isInt {
			return nil, TypeError.New("list indices must be integers or slices, not " + TypeName(key))
		}
		return Index(xs, i)
	}
	return nil, TypeError.New("'" + TypeName(v) + "' object is not subscriptable")
}
