package check

// defaultElems gives the lists (and dict values) whose items are never
// seen, such as an empty list only printed or tested, dynamic items; it
// reports whether a type changed.
func (c *checker) defaultElems() bool {
	changed := false
	for _, f := range append([]*Func{c.info.Module}, c.info.FuncSeq...) {
		vars := append([]*Var(nil), f.Params...)
		for _, name := range sortedKeys(f.Locals) {
			vars = append(vars, f.Locals[name])
		}
		for _, v := range vars {
			if v.Type == nil || v.Type.Complete() || (v.Type.Kind != List && v.Type.Kind != Dict && v.Type.Kind != TupleOf) {
				continue
			}
			if t, ok := fillUnknown(v.Type); ok {
				v.Type = t
				changed = true
			}
		}
	}
	return changed
}

// fillUnknown replaces the unknown items of lists and dict values in t by
// Dynamic; ok is false when something else stays unknown.
func fillUnknown(t *Type) (*Type, bool) {
	if t == nil {
		return t, false
	}
	switch t.Kind {
	case Unknown:
		return tDynamic, true
	case List, TupleOf:
		e, ok := fillUnknown(t.Elem)
		return &Type{Kind: t.Kind, Elem: e, Shared: t.Shared}, ok
	case Dict:
		key := t.Key
		if key.Kind == Unknown {
			// No key is ever stored or looked up: any key type prints
			// and compares the same, str is as good as another.
			key = tStr
		}
		if !key.Complete() {
			return t, false
		}
		e, ok := fillUnknown(t.Elem)
		return &Type{Kind: Dict, Key: key, Elem: e}, ok
	}
	return t, t.Complete()
}
