package dev.tradeoff.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * A record of the view as a template sees it, noting in {@link SiteReads} what the template read:
 * FreeMarker's own model of the record does all the work, so a template behaves exactly as with the
 * record itself. Reading a component that is itself a record gives another tracked record (only
 * which record is there counts, then its parts); any other component counts whole. Anything that
 * may see the record as a whole (its text, its keys, a method such as {@code equals}, unwrapping
 * it) counts the whole record.
 */
final class TrackedRecord implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel,
        WrapperTemplateModel, TemplateModelWithAPISupport, MethodCallAwareTemplateHashModel {

    private final GenericObjectModel model;
    private final List<String> path;
    private final SiteReads reads;

    private TrackedRecord(GenericObjectModel model, List<String> path, SiteReads reads) {
        this.model = model;
        this.path = path;
        this.reads = reads;
    }

    /** {@code model} tracked when it is FreeMarker's model of a record; else null. */
    static TrackedRecord of(TemplateModel model, List<String> path, SiteReads reads) {
        if (model instanceof GenericObjectModel object && object.getWrappedObject() instanceof Record) {
            return new TrackedRecord(object, path, reads);
        }
        return null;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return track(key, model.get(key));
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
            ShouldNotBeGetAsMethodException {
        // A method call's result is not tracked: it counts whole.
        readWhole(key);
        return model.getBeforeMethodCall(key);
    }

    private TemplateModel track(String key, TemplateModel value) {
        if (!RecordParts.isComponent(model.getWrappedObject().getClass(), key)) {
            reads.whole(path);
            return value;
        }
        List<String> child = SiteReads.child(path, key);
        TrackedRecord record = of(value, child, reads);
        if (record == null) {
            reads.whole(child);
            return value;
        }
        reads.shape(child);
        return record;
    }

    private void readWhole(String key) {
        boolean component = RecordParts.isComponent(model.getWrappedObject().getClass(), key);
        reads.whole(component ? SiteReads.child(path, key) : path);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
        reads.whole(path);
        return model.isEmpty();
    }

    @Override
    public int size() {
        reads.whole(path);
        return model.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        reads.whole(path);
        return model.keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        reads.whole(path);
        return model.values();
    }

    @Override
    public String getAsString() {
        reads.whole(path);
        return model.getAsString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        reads.whole(path);
        return model.getAdaptedObject(hint);
    }

    @Override
    public Object getWrappedObject() {
        reads.whole(path);
        return model.getWrappedObject();
    }

    @Override
    public TemplateModel getAPI() throws TemplateModelException {
        reads.whole(path);
        return model.getAPI();
    }
}
