import SiteCore

extension SiteBuild {
    /// publish: the output folder, swapped in whole or, over a build whose pages may stand,
    /// updated in place; then the manifest. Gives what went wrong and the manifest as written.
    static func publish(_ build: RenderedBuild, plan: BuildPlan) -> (problems: [Diagnostic], written: BuildManifest) {
        let (assembled, rendered, options) = (build.assembled, build.rendered, build.assembled.loaded.options)
        let manifest = BuildManifest(
            inputsHash: plan.inputs, structureHash: assembled.structure, scanStarted: plan.scanStarted,
            sources: assembled.parsed.content.records, pages: build.pageRecords,
            siteFiles: build.siteFilesStand ? plan.reusable?.siteFiles ?? [] : rendered.siteFiles.map(\.path).sorted(),
            translationFindings: assembled.translationFindings, translationCheckHash: plan.translationCheckHash, uiStrings: assembled.uiStrings
        )
        guard let reusable = plan.reusable else {
            let file = manifest.file(encodedSources: assembled.parsed.encodedRecords?.value)
            var written = manifest
            written.fileSize = file.bytes.count
            let problems = Publisher.publish(rendered.pages + rendered.siteFiles, manifest: file, scanStarted: plan.scanStarted,
                                             to: options.output, site: options.site)
            return (problems, written)
        }
        return publish(build, manifest: manifest, over: reusable, plan: plan)
    }

    /// Updates the build in the output folder, whose manifest is `reusable`, to `manifest`.
    private static func publish(_ build: RenderedBuild, manifest: BuildManifest, over reusable: BuildManifest,
                                plan: BuildPlan) -> (problems: [Diagnostic], written: BuildManifest) {
        let (content, renderPlan, rendered) = (build.assembled.parsed.content, build.renderPlan, build.rendered)
        // Site-wide files that stand are not compared again; a manifest that says nothing new is
        // not written again, but takes this scan's time when that lets the next build trust files
        // this one had to read.
        let changed = content.recordsChanged || !renderPlan.toRender.isEmpty || !renderPlan.stale.isEmpty
            || manifest.structureHash != reusable.structureHash || manifest.siteFiles != reusable.siteFiles
        // Edits that leave the structure as it was are appended to the last manifest.
        let amendment = changed && manifest.structureHash == reusable.structureHash && renderPlan.stale.isEmpty && build.siteFilesStand
            ? content.changedTranslationKeys.map { changedKeys in
                BuildManifest.encode(BuildManifest.Amendment(
                    sources: content.changedRecords,
                    pages: Dictionary(uniqueKeysWithValues: rendered.diagnostics.keys.map { ($0, manifest.pages[$0]!) }),
                    findings: manifest.translationFindings, checked: changedKeys))
            }.flatMap { reusable.canAmend(with: $0) ? $0 : nil }
            : nil
        let whole = changed && amendment == nil ? manifest.file(encodedSources: build.assembled.parsed.encodedRecords?.value) : nil
        let newMarkerTime = changed || content.settledSinceRecorded
        let problems = Publisher.update(build.assembled.loaded.options.output, write: rendered.pages + rendered.siteFiles, remove: renderPlan.stale,
                                        manifest: whole, amendment: amendment, scanStarted: newMarkerTime ? plan.scanStarted : nil)
        // What a manifest read back from the marker would have as `scanStarted` and sizes.
        var written = manifest
        written.scanStarted = newMarkerTime ? plan.scanStarted : reusable.scanStarted
        (written.amendedSize, written.fileSize) = whole.map { (0, $0.bytes.count) }
            ?? (reusable.amendedSize + (amendment?.count ?? 0), reusable.fileSize + (amendment?.count ?? 0))
        return (problems, written)
    }
}
