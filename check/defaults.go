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
			if v.Type == nil || v.Type.Complete() || !defaultable(v.Type.Kind, c.opts.REPL) {
				continue
			}
			if t, ok := fillUnknown(v.Type, c.opts.REPL); ok {
				v.Type = t
				changed = true
			}
		}
	}
	return changed
}

// defaultable reports whether containers of kind k whose items are never
// given a type get dynamic items: lists and dicts; in an interactive
// session, where a later input may fill the container, also sets and
// queues.
func defaultable(k Kind, session bool) bool {
	switch k {
	case List, Dict, TupleOf:
		return true
	case Set, Queue:
		return session
	}
	return false
}

// fillUnknown replaces the unknown items of lists and dict values in t by
// Dynamic (in a session also those of sets and queues, and dict keys);
// ok is false when something else stays unknown.
func fillUnknown(t *Type, session bool) (*Type, bool) {
	if t == nil {
		return t, false
	}
	switch t.Kind {
	case Unknown:
		return tDynamic, true
	case List, TupleOf:
		e, ok := fillUnknown(t.Elem, session)
		return &Type{Kind: t.Kind, Elem: e, Shared: t.Shared}, ok
	case Set, Queue:
		if !session {
			break
		}
		e, ok := fillUnknown(t.Elem, session)
		return &Type{Kind: t.Kind, Elem: e}, ok
	case Dict:
		key := t.Key
		if key.Kind == Unknown && session {
			key = tDynamic
		} else if key.Kind == Unknown {
			// No key is ever stored or looked up: any key type prints
			// and compares the same, str is as good as another.
			key = tStr
		}
		if !key.Complete() {
			return t, false
		}
		e, ok := fillUnknown(t.Elem, session)
		return &Type{Kind: Dict, Key: key, Elem: e}, ok
	}
	return t, t.Complete()
}
