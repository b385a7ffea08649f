<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnswerFiles</name>
    <message>
        <source>Saved answers (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be opened.

{problem}

Nothing was changed: your answers are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers and notes are not saved. This app keeps nothing unless you save it, so without saving they will be gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file {file}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}.

Nothing was lost: everything is still here. Please choose another folder, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Myeloma treatment options guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide cannot start, because its content file has a problem.

{problem}

If you did not change this file, please reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong inside the guide. This is a fault in the app, not something you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are still here. To be safe, you can save them to a file now, and open them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to this file, for whoever helps you with the app:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my answers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save answers...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clears all your answers and takes you back to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear my answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintAndPdf</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Back to &amp;your answers &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the review page, keeping every answer. Pages with a new question stop on the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingKeys</name>
    <message>
        <source>Press the Down arrow to hear the next part, H for the next heading, Tab for the next link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHeading</name>
    <message>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>What “{word}” means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a preview first; then you choose the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save answers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers and notes, in a file you can open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en answers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: save answers, open answers, start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your own questions and notes here. They are printed with the summary and saved with your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own questions and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed with the summary and saved with your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, something you want to ask at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at the top of the printout (you can leave it empty and write it by hand):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at the top of the printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Used only for the printout; never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print (bigger letters, more pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was saved as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers and notes were saved in {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsFooter</name>
    <message>
        <source>The source, its dates, and what this guide is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Words the guide explains are shown here: rest the mouse on one, or reach it with Tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results and your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your no&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own questions and notes, printed with the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment options, drug groups, clinical trials and related topics for your answers. Tab moves through its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning of the word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>See the &amp;results &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>The printer or file could not be opened for the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryHtml</name>
    <message>
        <source>{title}: summary to bring to your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in for them by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary to bring to the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all the text smaller (Ctrl and minus). Ctrl and 0 sets the normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes all the text smaller. The keys Ctrl and minus do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all the text larger (Ctrl and plus). Ctrl and 0 sets the normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes all the text larger. The keys Ctrl and plus do the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>&lt; Back to your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full page, with more detail, is at:
{address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened. You can type the address above into any browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Open saved answers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers and notes you saved here before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
